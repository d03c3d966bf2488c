namespace CultureHub.Discord.Rest;

/// <summary>
/// One Discord rate-limit bucket. Requests in a bucket go one at a time, so the remaining count
/// from the last answer is always current when the next request decides whether to wait.
/// </summary>
internal sealed class RateLimitBucket : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public int? Remaining { get; private set; }

    public DateTimeOffset ResetAt { get; private set; }

    public Task EnterAsync(CancellationToken cancellationToken) => _gate.WaitAsync(cancellationToken);

    public void Leave() => _gate.Release();

    /// <summary>How long to wait before the next request may go out, zero when it may go now.</summary>
    public TimeSpan DelayBeforeNext(DateTimeOffset now) =>
        Remaining is 0 && ResetAt > now ? ResetAt - now : TimeSpan.Zero;

    public void Update(int remaining, DateTimeOffset resetAt)
    {
        Remaining = remaining;
        ResetAt = resetAt;
    }

    public void CopyFrom(RateLimitBucket other)
    {
        Remaining = other.Remaining;
        ResetAt = other.ResetAt;
    }

    public void Dispose() => _gate.Dispose();
}
