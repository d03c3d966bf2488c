using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CultureHub.TestKit.Discord;

/// <summary>
/// A fake Discord on 127.0.0.1: the gateway as a WebSocket at <c>/gateway</c>, REST under
/// <c>/api/v10/</c>. It records every request, enforces one message bucket (counting violations)
/// and answers with payloads shaped as in Discord's documentation.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _scripted = new();
    private readonly Lock _bucketLock = new();
    private readonly Dictionary<string, (int Used, DateTimeOffset ResetAt)> _buckets = new(StringComparer.Ordinal);
    private long _snowflake = 1200000000000000000;
    private int _violations;

    private FakeDiscordServer(WebApplication app) => _app = app;

    public FakeDiscordGateway Gateway { get; } = new();

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>Users whose DMs are closed: messages to their DM channel answer 50007.</summary>
    public ConcurrentDictionary<string, bool> ClosedDirectMessages { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages allowed per channel per <see cref="MessageBucketWindow"/>.</summary>
    public int MessageBucketLimit { get; set; } = 1000;

    public TimeSpan MessageBucketWindow { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Requests that arrived while their bucket was exhausted: a well-behaved client makes none.</summary>
    public int BucketViolations => Volatile.Read(ref _violations);

    public string ApiBaseUrl { get; private set; } = string.Empty;

    public IEnumerable<RecordedRequest> Messages => Requests.Where(r => r.IsMessage);

    public static async Task<FakeDiscordServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeDiscordServer(app);
        app.UseWebSockets();
        app.Map("/gateway", async context =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await server.Gateway.RunAsync(socket, context.RequestAborted);
        });
        app.Map("/api/v10/{**path}", server.HandleRestAsync);
        await app.StartAsync();
        var root = app.Urls.First();
        server.ApiBaseUrl = root + "/api/v10/";
        server.Gateway.Url = root.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
        return server;
    }

    /// <summary>The next request to a path starting with <paramref name="pathPrefix"/> gets this answer.</summary>
    public void Script(ScriptedResponse response) => _scripted.Enqueue(response);

    private async Task HandleRestAsync(HttpContext context)
    {
        var path = (string)context.Request.RouteValues["path"]!;
        var body = await ReadBodyAsync(context.Request);
        var request = new RecordedRequest(context.Request.Method, path, body,
            context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString());
        Requests.Enqueue(request);
        if (_scripted.TryPeek(out var scripted) && scripted.Method == request.Method
            && path.StartsWith(scripted.PathPrefix, StringComparison.Ordinal) && _scripted.TryDequeue(out _))
        {
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            await WriteAsync(context, scripted.Status, scripted.Body);
            return;
        }

        await AnswerAsync(context, request);
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        var segments = request.Path.Split('/');
        switch (request.Method, segments)
        {
            case ("GET", ["gateway", "bot"]):
                await WriteJsonAsync(context, new
                {
                    url = Gateway.Url,
                    shards = 1,
                    session_start_limit = new { total = 1000, remaining = 999, reset_after = 14400000, max_concurrency = 1 },
                });
                break;
            case ("POST", ["users", "@me", "channels"]):
                var recipient = request.Json.GetProperty("recipient_id").GetString();
                await WriteJsonAsync(context, new { id = "9" + recipient, type = 1 });
                break;
            case ("POST", ["channels", var channel, "messages"]):
                await AnswerMessageAsync(context, channel);
                break;
            case ("POST", ["channels", _, "threads"]):
                await WriteJsonAsync(context, new { id = NextId(), type = 12 });
                break;
            case ("POST", ["webhooks", _, _]):
                await WriteJsonAsync(context, new { id = NextId() });
                break;
            case ("PUT", ["applications", _, "guilds", _, "commands"]):
                await WriteAsync(context, 200, request.Body);
                break;
            case ("POST", ["interactions", _, _, "callback"]):
            case ("PUT", ["channels", _, "thread-members", _]):
                context.Response.StatusCode = 204;
                break;
            default:
                await WriteAsync(context, 404, """{"message":"Unknown","code":0}""");
                break;
        }
    }

    private async Task AnswerMessageAsync(HttpContext context, string channel)
    {
        if (ClosedDirectMessages.Keys.Any(user => channel == "9" + user))
        {
            await WriteAsync(context, 403, """{"message":"Cannot send messages to this user","code":50007}""");
            return;
        }

        int remaining;
        TimeSpan resetAfter;
        lock (_bucketLock)
        {
            var now = DateTimeOffset.UtcNow;
            var (used, resetAt) = _buckets.GetValueOrDefault(channel, (0, now + MessageBucketWindow));
            if (resetAt <= now)
            {
                (used, resetAt) = (0, now + MessageBucketWindow);
            }

            used++;
            _buckets[channel] = (used, resetAt);
            remaining = MessageBucketLimit - used;
            resetAfter = resetAt - now;
        }

        // round up so a client that waits exactly Reset-After is never early
        var seconds = Math.Ceiling(resetAfter.TotalMilliseconds) / 1000.0;
        context.Response.Headers["X-RateLimit-Limit"] = MessageBucketLimit.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Remaining"] = Math.Max(0, remaining).ToString(CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Reset-After"] = seconds.ToString("0.000", CultureInfo.InvariantCulture);
        context.Response.Headers["X-RateLimit-Bucket"] = "fakebucketmessages";
        if (remaining < 0)
        {
            Interlocked.Increment(ref _violations);
            await WriteJsonAsync(context, new { message = "You are being rate limited.", retry_after = seconds, global = false }, 429);
            return;
        }

        await WriteJsonAsync(context, new { id = NextId(), channel_id = channel });
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            return form["payload_json"].ToString();
        }

        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync();
    }

    private string NextId() => Interlocked.Increment(ref _snowflake).ToString(CultureInfo.InvariantCulture);

    private static Task WriteJsonAsync(HttpContext context, object body, int status = 200) =>
        WriteAsync(context, status, JsonSerializer.Serialize(body));

    private static async Task WriteAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
