using CultureHub.Core.Chat;

namespace CultureHub.Resilience;

/// <summary>
/// The one backoff: exponential from <see cref="ResilienceOptions.FirstDelay"/>, capped at
/// <see cref="ResilienceOptions.MaxDelay"/>, with the upper half jittered so that many clients
/// failing together do not come back in step. The core's outbox uses it too, through
/// <see cref="IRetryBackoff"/>, with the <c>Delivery</c> section's first and longest wait.
/// </summary>
public static class Backoff
{
    /// <summary>The wait before attempt <paramref name="failures"/> + 1, after that many failures in a row.</summary>
    public static TimeSpan After(int failures, ResilienceOptions options) => After(failures, options.FirstDelay, options.MaxDelay);

    /// <summary>The same schedule with another first and longest wait.</summary>
    public static TimeSpan After(int failures, TimeSpan first, TimeSpan max)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(max.TotalMilliseconds, first.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    /// <summary>The core's view of this backoff, for the outbox's persisted retries.</summary>
    internal sealed class Shared : IRetryBackoff
    {
        public TimeSpan After(int failures, TimeSpan first, TimeSpan max) => Backoff.After(failures, first, max);
    }
}
