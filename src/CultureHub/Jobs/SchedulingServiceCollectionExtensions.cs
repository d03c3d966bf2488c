using CultureHub.Core.Introductions;
using Quartz;

namespace CultureHub.Jobs;

public static class SchedulingServiceCollectionExtensions
{
    /// <summary>Quartz: matching rounds on a cron in Europe/Berlin (and one missed while down, at start), and the due-work sweep.</summary>
    public static IServiceCollection AddCultureHubJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(IntroductionOptions.SectionName).Get<IntroductionOptions>() ?? new IntroductionOptions();
        services.AddSingleton<ScheduledRounds>();
        services.AddQuartz(quartz =>
        {
            quartz.AddJob<MatchingRoundJob>(job => job.WithIdentity(MatchingRoundJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(MatchingRoundJob.Key)
                .WithIdentity("matching-round-cron")
                .WithCronSchedule(options.RoundCron, cron => cron
                    .InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(options.TimeZone))
                    .WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            quartz.AddTrigger(trigger => trigger
                .ForJob(MatchingRoundJob.Key)
                .WithIdentity("matching-round-catch-up")
                .UsingJobData(MatchingRoundJob.CatchUpKey, true)
                .StartNow());
            quartz.AddJob<DueWorkJob>(job => job.WithIdentity(DueWorkJob.Key));
            quartz.AddTrigger(trigger => trigger
                .ForJob(DueWorkJob.Key)
                .WithIdentity("due-work-interval")
                .StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(options.SweepIntervalSeconds)).RepeatForever()));
        });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = true);
        return services;
    }
}
