using System.Globalization;
using System.Text.Json;
using CultureHub.Resilience;
using Microsoft.Extensions.Logging;

namespace CultureHub.Discord.Gateway;

public sealed partial class GatewayClient
{
    private async Task<double> ReceiveHelloAsync(GatewayConnection connection, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(HelloTimeout);
        var message = await connection.ReceiveAsync(timeout.Token);
        if (message.CloseCode is { } code)
        {
            GatewayCloseCodes.Classify(code);
            throw new System.Net.WebSockets.WebSocketException(string.Create(CultureInfo.InvariantCulture, $"The gateway closed with {code} before Hello."));
        }

        using var document = JsonDocument.Parse(message.Json!);
        var root = document.RootElement;
        if (root.GetProperty("op").GetInt32() != 10)
        {
            throw new JsonException("The gateway did not start with Hello.");
        }

        return root.GetProperty("d").GetProperty("heartbeat_interval").GetDouble();
    }

    private async Task SendOpeningAsync(GatewayConnection connection, bool isResuming, CancellationToken cancellationToken)
    {
        if (isResuming)
        {
            session.CountResumeAttempt();
            LogResuming(session.Sequence, session.ResumeAttempts);
            await connection.SendAsync(
                new { op = 6, d = new { token = _options.Token, session_id = session.SessionId, seq = session.Sequence } },
                cancellationToken);
            return;
        }

        session.Invalidate();
        await identifyGate.WaitForTurnAsync(cancellationToken);
        var intents = GatewayIntentsFor.Options(_options);
        LogIdentifying((int)intents);
        await connection.SendAsync(
            new
            {
                op = 2,
                d = new
                {
                    token = _options.Token,
                    intents = (int)intents,
                    properties = new { os = Environment.OSVersion.Platform.ToString().ToLowerInvariant(), browser = "culturehub", device = "culturehub" },
                },
            },
            cancellationToken);
    }

    /// <summary>The shared backoff, counted from the last READY or RESUMED.</summary>
    private Task BackoffAsync(CancellationToken cancellationToken)
    {
        _failures = Math.Min(_failures + 1, 16);
        status.Connecting("reconnecting to the gateway");
        var delay = Backoff.After(_failures, resilience.Value);
        LogBackoff(delay);
        return Task.Delay(delay, time, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: identifying with intents {Intents}")]
    private partial void LogIdentifying(int intents);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: resuming at sequence {Sequence} (attempt {Attempt})")]
    private partial void LogResuming(long? sequence, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: ready")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: resumed at sequence {Sequence}")]
    private partial void LogResumed(long? sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: resume failed {Attempts} times or is impossible; identifying anew")]
    private partial void LogResumeGivenUp(int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: connection failed ({Kind}: {Reason})")]
    private partial void LogConnectionLost(string kind, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: connection dropped (zombie: {IsZombie}); resuming")]
    private partial void LogConnectionDropped(bool isZombie);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: closed by server with {Code}")]
    private partial void LogClosedByServer(int code);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway: server asked to reconnect (op 7)")]
    private partial void LogReconnectRequested();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord gateway: invalid session (resumable: {IsResumable})")]
    private partial void LogInvalidSession(bool isResumable);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord gateway: dropped replayed {Type} with sequence {Sequence}")]
    private partial void LogDuplicateDropped(string type, long sequence);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Discord gateway: reconnecting in {Delay}")]
    private partial void LogBackoff(TimeSpan delay);
}
