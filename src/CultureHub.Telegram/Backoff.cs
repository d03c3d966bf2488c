namespace CultureHub.Telegram;

/// <summary>Exponential backoff with jitter, capped, so many restarts do not hit the API in step.</summary>
public static class Backoff
{
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(30);

    public static TimeSpan For(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 10);
        var ceiling = Math.Min(Cap.TotalMilliseconds, 250 * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }
}
