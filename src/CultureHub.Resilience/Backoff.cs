namespace CultureHub.Resilience;

/// <summary>
/// The one backoff: exponential from <see cref="ResilienceOptions.FirstDelay"/>, capped at
/// <see cref="ResilienceOptions.MaxDelay"/>, with the upper half jittered so that many clients
/// failing together do not come back in step.
/// </summary>
public static class Backoff
{
    /// <summary>The wait before attempt <paramref name="failures"/> + 1, after that many failures in a row.</summary>
    public static TimeSpan After(int failures, ResilienceOptions options)
    {
        var exponent = Math.Clamp(failures - 1, 0, 30);
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.FirstDelay.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }
}
