using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace CultureHub.Discord.Rest;

/// <summary>
/// Sends REST requests with Discord's rate limits honoured: waits on exhausted buckets, obeys 429
/// (route and global) from Discord's headers, and stops everything after a 401. Network errors,
/// timeouts and 5xx answers are retried by the adapter's HTTP policy underneath.
/// </summary>
public sealed partial class DiscordRestClient(
    HttpClient http, TimeProvider time, ILogger<DiscordRestClient> logger) : IDisposable
{
    private const int MaxAttempts = 5;
    private readonly RateLimiter _limits = new(time);
    private readonly CancellationTokenSource _stopped = new();

    /// <summary>Cancelled once Discord refused the token.</summary>
    public CancellationToken Stopped => _stopped.Token;

    /// <summary>Sends and returns the JSON answer (null for 204). Throws <see cref="DiscordApiException"/> on refusal.</summary>
    public async Task<JsonElement?> SendAsync(RestRoute route, Func<HttpContent?> content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            ThrowIfStopped();
            var bucket = route.IsInteractionCallback ? null : _limits.BucketFor(route);
            if (bucket is not null)
            {
                await bucket.EnterAsync(cancellationToken);
            }

            try
            {
                var wait = Max(_limits.GlobalDelay(route), bucket?.DelayBeforeNext(time.GetUtcNow()) ?? TimeSpan.Zero);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                using var request = new HttpRequestMessage(route.Method, route.Path) { Content = content() };
                using var response = await http.SendAsync(request, cancellationToken);
                if (bucket is not null)
                {
                    _limits.Observe(route, bucket, response.Headers);
                }

                var body = await ReadJsonAsync(response, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return body;
                }

                if (!await ShouldRetryAsync(route, bucket, response, body, attempt, cancellationToken))
                {
                    throw ToException(response.StatusCode, body);
                }
            }
            finally
            {
                bucket?.Leave();
            }
        }
    }

    private async Task<bool> ShouldRetryAsync(
        RestRoute route, RateLimitBucket? bucket, HttpResponseMessage response, JsonElement? body, int attempt, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            await _stopped.CancelAsync();
            throw new DiscordUnauthorizedException();
        }

        if (attempt >= MaxAttempts || response.StatusCode != HttpStatusCode.TooManyRequests)
        {
            return false;
        }

        var retryAfter = RetryAfter(response, body);
        var isGlobal = body?.TryGetProperty("global", out var global) == true && global.ValueKind == JsonValueKind.True
            || response.Headers.Contains("X-RateLimit-Global");
        LogRateLimited(route.RouteKey, isGlobal, retryAfter.TotalMilliseconds);
        if (isGlobal)
        {
            _limits.PauseGlobally(retryAfter);
        }
        else if (bucket is not null)
        {
            _limits.ExhaustFor(bucket, retryAfter);
        }
        else
        {
            await Task.Delay(retryAfter, time, cancellationToken);
        }

        return true;
    }

    private static TimeSpan RetryAfter(HttpResponseMessage response, JsonElement? body)
    {
        if (body?.TryGetProperty("retry_after", out var seconds) == true && seconds.TryGetDouble(out var value))
        {
            return TimeSpan.FromSeconds(value);
        }

        return response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/json")
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static DiscordApiException ToException(HttpStatusCode status, JsonElement? body)
    {
        var code = body?.TryGetProperty("code", out var c) == true && c.TryGetInt32(out var number) ? number : 0;
        var message = body?.TryGetProperty("message", out var m) == true ? m.GetString() ?? string.Empty : string.Empty;
        return new DiscordApiException(status, code, message);
    }

    private void ThrowIfStopped()
    {
        if (_stopped.IsCancellationRequested)
        {
            throw new DiscordUnauthorizedException();
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    /// <summary>The headers Discord asks every bot to send.</summary>
    public static void Configure(HttpClient http, DiscordOptions options)
    {
        http.BaseAddress = new Uri(options.ApiBaseUrl.EndsWith('/') ? options.ApiBaseUrl : options.ApiBaseUrl + "/");
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
        var version = typeof(DiscordRestClient).Assembly.GetName().Version ?? new Version(1, 0);
        http.DefaultRequestHeaders.UserAgent.ParseAdd(
            string.Create(CultureInfo.InvariantCulture, $"DiscordBot ({options.ProjectUrl}, {version.ToString(3)})"));
    }

    public void Dispose()
    {
        _limits.Dispose();
        _stopped.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord rate limit on {Route} (global: {IsGlobal}); retrying in {RetryAfterMs} ms")]
    private partial void LogRateLimited(string route, bool isGlobal, double retryAfterMs);
}
