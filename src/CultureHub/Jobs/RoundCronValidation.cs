using CultureHub.Core.Introductions;
using Microsoft.Extensions.Options;
using Quartz;

namespace CultureHub.Jobs;

/// <summary>
/// <c>Introductions:RoundCron</c> must be a Quartz cron expression. Core cannot check it (it knows no
/// Quartz), so the scheduler that reads it does, at start, as part of the options' validation.
/// </summary>
public sealed class RoundCronValidation : IValidateOptions<IntroductionOptions>
{
    public ValidateOptionsResult Validate(string? name, IntroductionOptions options) =>
        string.IsNullOrWhiteSpace(options.RoundCron) || CronExpression.TryParse(options.RoundCron, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{IntroductionOptions.SectionName}:{nameof(IntroductionOptions.RoundCron)} '{options.RoundCron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. '0 0 10 ? * MON').");
}
