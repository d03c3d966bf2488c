using CultureHub.Core;
using CultureHub.Core.Introductions;
using Quartz;

namespace CultureHub.Jobs;

/// <summary>The scheduled matching round (cron from <c>Introductions:RoundCron</c>).</summary>
[DisallowConcurrentExecution]
public sealed class MatchingRoundJob(MatchingRoundService rounds) : IJob
{
    public static readonly JobKey Key = new("matching-round");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default) => await rounds.RunRoundAsync(cancellationToken);
}

/// <summary>
/// Due work read from the database on every run (expiry, follow-ups, reminders), so nothing
/// scheduled lives only in Quartz's RAM store and a restart loses or repeats nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DueWorkJob(IEnumerable<IDueWork> work) : IJob
{
    public static readonly JobKey Key = new("due-work");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        foreach (var item in work)
        {
            await item.RunAsync(cancellationToken);
        }
    }
}
