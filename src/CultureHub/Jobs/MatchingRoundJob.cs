using Quartz;

namespace CultureHub.Jobs;

/// <summary>
/// The matching round: on its cron (<c>Introductions:RoundCron</c>), and once at start to catch up
/// a round whose time fell while the bot was down (the trigger carries <see cref="CatchUpKey"/>) and
/// to read the community into the matcher's index before the first <c>/match</c>.
/// One job for both, so Quartz never runs the two at the same time.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MatchingRoundJob(ScheduledRounds rounds) : IJob
{
    public const string CatchUpKey = "catchUp";

    public static readonly JobKey Key = new("matching-round");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.MergedJobDataMap.TryGetValue(CatchUpKey, out var isCatchUp) && isCatchUp is true)
        {
            await rounds.CatchUpAsync(cancellationToken);
            await rounds.WarmUpAsync(cancellationToken);
        }
        else
        {
            await rounds.RunScheduledAsync(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, cancellationToken);
        }
    }
}
