using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using CultureHub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Gateway;

/// <summary>
/// Keeps one gateway session alive: Identify or Resume on each connection, heartbeats from the
/// timer, reconnects after the shared <see cref="Backoff"/>. Dispatches go to a channel so slow
/// handlers never delay heartbeat ACKs. Tells readiness when it is connected and when it reconnects.
/// Throws <see cref="GatewayFatalException"/> when reconnecting cannot help.
/// </summary>
public sealed partial class GatewayClient(
    IdentifyGate identifyGate,
    GatewaySession session,
    IOptions<DiscordOptions> options,
    IOptions<ResilienceOptions> resilience,
    [FromKeyedServices(DiscordServiceCollectionExtensions.AdapterName)] AdapterStatus status,
    TimeProvider time,
    ILogger<GatewayClient> logger)
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private readonly DiscordOptions _options = options.Value;
    private int _failures;

    public async Task RunAsync(ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var next = GatewayNextStep.Identify;
        while (!cancellationToken.IsCancellationRequested)
        {
            if (next == GatewayNextStep.Resume && (!session.CanResume || session.ResumeAttempts >= _options.MaxResumeAttempts))
            {
                LogResumeGivenUp(session.ResumeAttempts);
                session.Invalidate();
                next = GatewayNextStep.Identify;
            }

            var isResuming = next == GatewayNextStep.Resume;
            try
            {
                var url = isResuming ? IdentifyGate.GatewayUri(session.ResumeUrl!) : await identifyGate.PrepareAsync(cancellationToken);
                await using var connection = await GatewayConnection.OpenAsync(url, cancellationToken);
                next = await RunConnectionAsync(connection, isResuming, events, cancellationToken);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                && exception is WebSocketException or HttpRequestException or IOException or JsonException or OperationCanceledException)
            {
                LogConnectionLost(exception.GetType().Name, exception.Message);
                next = isResuming ? GatewayNextStep.Resume : GatewayNextStep.Identify;
                await BackoffAsync(cancellationToken);
            }
        }
    }

    private async Task<GatewayNextStep> RunConnectionAsync(
        GatewayConnection connection, bool isResuming, ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var hello = await ReceiveHelloAsync(connection, cancellationToken);
        var heartbeater = new Heartbeater(connection, session, TimeSpan.FromMilliseconds(hello), time);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = heartbeater.RunAsync(stop.Token);
        try
        {
            await SendOpeningAsync(connection, isResuming, cancellationToken);
            while (true)
            {
                GatewayMessage message;
                try
                {
                    message = await connection.ReceiveAsync(cancellationToken);
                }
                catch (Exception exception) when (!cancellationToken.IsCancellationRequested
                    && exception is WebSocketException or OperationCanceledException or IOException)
                {
                    LogConnectionDropped(heartbeater.IsZombie);
                    if (!heartbeater.IsZombie)
                    {
                        await BackoffAsync(cancellationToken);
                    }

                    return GatewayNextStep.Resume;
                }

                if (message.CloseCode is { } code)
                {
                    LogClosedByServer(code);
                    var step = GatewayCloseCodes.Classify(code);
                    await BackoffAsync(cancellationToken);
                    return step;
                }

                if (await HandleFrameAsync(connection, heartbeater, message.Json!, events, cancellationToken) is { } step2)
                {
                    return step2;
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await heartbeat;
        }
    }

    private async Task<GatewayNextStep?> HandleFrameAsync(
        GatewayConnection connection, Heartbeater heartbeater, string json, ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var op = root.GetProperty("op").GetInt32();
        switch (op)
        {
            case 0:
                await DispatchAsync(root, events, cancellationToken);
                return null;
            case 1:
                await heartbeater.BeatNowAsync(cancellationToken);
                return null;
            case 7:
                LogReconnectRequested();
                await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "reconnect requested");
                return GatewayNextStep.Resume;
            case 9:
                var isResumable = root.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                LogInvalidSession(isResumable);
                await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "invalid session");
                if (isResumable)
                {
                    return GatewayNextStep.Resume;
                }

                session.Invalidate();
                var wait = _options.InvalidSessionMinDelay + (_options.InvalidSessionMaxDelay - _options.InvalidSessionMinDelay) * Random.Shared.NextDouble();
                await Task.Delay(wait, time, cancellationToken);
                return GatewayNextStep.Identify;
            case 11:
                heartbeater.Acknowledge();
                return null;
            default:
                return null;
        }
    }

    private async Task DispatchAsync(JsonElement root, ChannelWriter<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        var type = root.GetProperty("t").GetString() ?? string.Empty;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        if (sequence is { } seq && !session.TryAdvance(seq))
        {
            LogDuplicateDropped(type, seq);
            return;
        }

        var data = root.GetProperty("d").Clone();
        if (type == "READY")
        {
            session.Ready(data.GetProperty("session_id").GetString()!, data.GetProperty("resume_gateway_url").GetString()!);
            _failures = 0;
            status.Running();
            LogReady();
        }
        else if (type == "RESUMED")
        {
            session.Resumed();
            _failures = 0;
            status.Running();
            LogResumed(session.Sequence);
        }

        await events.WriteAsync(new GatewayDispatch(type, sequence, data), cancellationToken);
    }
}
