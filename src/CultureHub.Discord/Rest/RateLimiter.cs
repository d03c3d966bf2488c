using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace CultureHub.Discord.Rest;

/// <summary>
/// Buckets keyed by route + major parameter until Discord names the bucket (X-RateLimit-Bucket);
/// from then on routes sharing a hash share a bucket per major parameter. A global 429 pauses all
/// requests except interaction responses.
/// </summary>
internal sealed class RateLimiter(TimeProvider time) : IDisposable
{
    private readonly ConcurrentDictionary<string, string> _hashByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private const int MaxIdleBuckets = 2000;
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(50);
    private long _globalResetTicks;

    public RateLimitBucket BucketFor(RestRoute route)
    {
        var key = _hashByRoute.TryGetValue(route.RouteKey, out var hash)
            ? $"{hash}:{route.MajorParameter}"
            : $"{route.RouteKey}:{route.MajorParameter}";
        if (_buckets.Count > MaxIdleBuckets)
        {
            PruneIdle();
        }

        return _buckets.GetOrAdd(key, _ => new RateLimitBucket());
    }

    /// <summary>Follow-up webhooks get a bucket per interaction token; forget the long-expired ones.</summary>
    private void PruneIdle()
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(15);
        foreach (var (key, bucket) in _buckets)
        {
            if (bucket.ResetAt < cutoff && !_hashByRoute.Values.Any(hash => key.StartsWith(hash, StringComparison.Ordinal)))
            {
                _buckets.TryRemove(key, out _);
            }
        }
    }

    public TimeSpan GlobalDelay(RestRoute route)
    {
        if (route.IsExemptFromGlobalLimit)
        {
            return TimeSpan.Zero;
        }

        var reset = new DateTimeOffset(Interlocked.Read(ref _globalResetTicks), TimeSpan.Zero);
        var now = time.GetUtcNow();
        return reset > now ? reset - now : TimeSpan.Zero;
    }

    public void PauseGlobally(TimeSpan retryAfter) =>
        Interlocked.Exchange(ref _globalResetTicks, (time.GetUtcNow() + retryAfter).UtcTicks);

    /// <summary>Reads the bucket headers of an answer; moves the route to its named bucket once seen.</summary>
    public void Observe(RestRoute route, RateLimitBucket bucket, HttpResponseHeaders headers)
    {
        if (Header(headers, "X-RateLimit-Bucket") is { } hash && _hashByRoute.TryAdd(route.RouteKey, hash))
        {
            // the bucket already in use becomes the named one, so queued requests keep sharing one gate
            var named = _buckets.GetOrAdd($"{hash}:{route.MajorParameter}", bucket);
            if (!ReferenceEquals(named, bucket))
            {
                named.CopyFrom(bucket);
            }
        }

        if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), CultureInfo.InvariantCulture, out var remaining)
            && double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
        {
            // timers may fire a little early against the wall clock; a small margin avoids a needless 429
            var resetAt = time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter) + ResetMargin;
            bucket.Update(remaining, resetAt);
            if (_hashByRoute.TryGetValue(route.RouteKey, out var known)
                && _buckets.TryGetValue($"{known}:{route.MajorParameter}", out var named) && !ReferenceEquals(named, bucket))
            {
                named.Update(remaining, resetAt);
            }
        }
    }

    public void ExhaustFor(RateLimitBucket bucket, TimeSpan retryAfter) => bucket.Update(0, time.GetUtcNow() + retryAfter);

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    public void Dispose()
    {
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
