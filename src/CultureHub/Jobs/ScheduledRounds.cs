using CultureHub.Core;
using CultureHub.Core.Introductions;
using Microsoft.Extensions.Options;
using Quartz;

namespace CultureHub.Jobs;

/// <summary>
/// Runs scheduled matching rounds and remembers in the database which scheduled time last ran.
/// Quartz keeps its triggers in memory, so a round whose time fell while the bot was down would be
/// skipped for a week; at start <see cref="CatchUpAsync"/> runs it — once, however many were missed.
/// </summary>
public sealed partial class ScheduledRounds(
    IRoundLog log,
    MatchingRoundService rounds,
    IOptions<IntroductionOptions> options,
    RegionTime region,
    TimeProvider time,
    ILogger<ScheduledRounds> logger)
{
    /// <summary>Returns the scheduled time of the round it ran, or null when none was missed.</summary>
    public async Task<DateTimeOffset?> CatchUpAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await log.LastRoundAsync(cancellationToken) is not { } last)
        {
            // The first start: no round can have been missed yet.
            await log.RecordRoundAsync(now, cancellationToken);
            return null;
        }

        if (LatestBetween(last, now) is not { } missed)
        {
            return null;
        }

        LogCatchingUp(missed);
        await rounds.RunRoundAsync(cancellationToken);
        await log.RecordRoundAsync(missed, cancellationToken);
        return missed;
    }

    /// <summary>A round at its scheduled time, unless the catch-up at start already ran it.</summary>
    public async Task RunScheduledAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken)
    {
        if (await log.LastRoundAsync(cancellationToken) >= scheduledFor)
        {
            return;
        }

        await rounds.RunRoundAsync(cancellationToken);
        await log.RecordRoundAsync(scheduledFor, cancellationToken);
    }

    /// <summary>Reads the community into the matcher's index at start, so the first <c>/match</c> does not wait for it.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var read = await rounds.WarmUpAsync(cancellationToken);
        if (read > 0)
        {
            var elapsed = time.GetElapsedTime(started);
            LogWarmedUp(read, (long)elapsed.TotalMilliseconds);
        }
    }

    /// <summary>The latest scheduled time after <paramref name="after"/> and no later than <paramref name="now"/>.</summary>
    private DateTimeOffset? LatestBetween(DateTimeOffset after, DateTimeOffset now)
    {
        var cron = new CronExpression(options.Value.RoundCron, region.Zone);
        DateTimeOffset? latest = null;
        for (var next = cron.GetNextValidTimeAfter(after); next is { } due && due <= now; next = cron.GetNextValidTimeAfter(due))
        {
            latest = due;
        }

        return latest;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching index read ahead at start: {Profiles} profiles in {ElapsedMs} ms")]
    private partial void LogWarmedUp(int profiles, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "The matching round scheduled for {ScheduledFor:O} was missed while the bot was down; running it now")]
    private partial void LogCatchingUp(DateTimeOffset scheduledFor);
}
