using System.Globalization;
using System.Threading.RateLimiting;
using CultureHub.Web.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CultureHub.Web;

/// <summary>
/// Token buckets on the chat API (ASP.NET Core's rate limiter), one per visitor and one per
/// address: a visitor who floods gets 429 with Retry-After while everybody else is served, and the
/// address bucket catches a client that drops its cookie to start a fresh visitor each time.
/// Behind a reverse proxy the address is the client's only when the proxy is in
/// <c>Dashboard:KnownProxies</c>; otherwise all visitors share the proxy's bucket.
/// </summary>
public static class ChatRateLimits
{
    public static IServiceCollection AddChatRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<WebChatOptions>, VisitorCookies>((limiter, web, visitors) =>
        {
            var perVisitor = web.Value.VisitorRequestsPerMinute;
            var perAddress = web.Value.AddressRequestsPerMinute;
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http =>
                    Bucket(http, "visitor:" + (visitors.Find(http) ?? "new@" + Address(http)), perVisitor)),
                PartitionedRateLimiter.Create<HttpContext, string>(http => Bucket(http, "address:" + Address(http), perAddress)));
        });
        return services;
    }

    /// <summary>A full bucket of a minute's requests for a burst, refilled evenly over the minute.</summary>
    private static RateLimitPartition<string> Bucket(HttpContext http, string key, int perMinute)
    {
        if (!http.Request.Path.StartsWithSegments(ChatApiEndpoints.PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var period = TimeSpan.FromSeconds(Math.Max(1.0, 60.0 / perMinute));
        return RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(perMinute * period.TotalSeconds / 60)),
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 60;
        var response = context.HttpContext.Response;
        response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new ChatApiError(string.Create(CultureInfo.InvariantCulture, $"Too many requests: please wait {seconds} seconds, then send again.")), cancellationToken);
    }
}
