using Polly.Contrib.WaitAndRetry;

namespace CultureHub.Core.Chat;

/// <summary>
/// When a failed message is tried again: Polly's decorrelated-jitter exponential backoff, capped.
/// The schedule is persisted as the item's next attempt instead of awaited in memory (as Polly's
/// retry strategy would), so it survives a restart and a wait of an hour holds no task.
/// </summary>
public static class OutboxBackoff
{
    /// <param name="attempts">Attempts made so far (at least one).</param>
    public static TimeSpan DelayAfter(int attempts, DeliveryOptions options)
    {
        var delay = Backoff.DecorrelatedJitterBackoffV2(options.FirstRetry, Math.Max(1, attempts)).Last();
        return delay < options.MaxRetryDelay ? delay : options.MaxRetryDelay;
    }
}
