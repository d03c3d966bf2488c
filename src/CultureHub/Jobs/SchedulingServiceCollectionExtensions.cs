using CultureHub.Core;
using CultureHub.Core.Introductions;
using Microsoft.Extensions.Options;
using Quartz;

namespace CultureHub.Jobs;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz: matching rounds on a cron in the region's time zone (and, at start, one missed while the
    /// bot was down), and the due-work sweep. The triggers read the validated options when the scheduler
    /// is built, so a bad cron stops the start with one line.
    /// </summary>
    public static IServiceCollection AddCultureHubJobs(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<IntroductionOptions>, RoundCronValidation>();
        services.AddSingleton<ScheduledRounds>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<MatchingRoundJob>(job => job.WithIdentity(MatchingRoundJob.Key));
            quartz.AddTrigger((provider, trigger) => trigger
                .ForJob(MatchingRoundJob.Key)
                .WithIdentity("matching-round-cron")
                .WithCronSchedule(Options(provider).RoundCron, cron => cron
                    .InTimeZone(provider.GetRequiredService<RegionTime>().Zone)
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            quartz.AddTrigger(trigger => trigger
                .ForJob(MatchingRoundJob.Key)
                .WithIdentity("matching-round-catch-up")
                .UsingJobData(MatchingRoundJob.CatchUpKey, true)
                .StartNow());
            quartz.AddJob<DueWorkJob>(job => job.WithIdentity(DueWorkJob.Key));
            quartz.AddTrigger((provider, trigger) => trigger
                .ForJob(DueWorkJob.Key)
                .WithIdentity("due-work-interval")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(Options(provider).SweepIntervalSeconds)).RepeatForever()));
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }

    private static IntroductionOptions Options(IServiceProvider provider) => provider.GetRequiredService<IOptions<IntroductionOptions>>().Value;
}
