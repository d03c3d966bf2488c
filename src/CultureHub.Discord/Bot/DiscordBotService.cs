using System.Threading.Channels;
using CultureHub.Discord.Gateway;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Runs the gateway and the event router. A refusal that reconnecting cannot fix (bad token,
/// disallowed intents) stops only this adapter, with one clear log line; the host keeps running.
/// </summary>
public sealed partial class DiscordBotService(
    GatewayClient gateway,
    DiscordEventRouter router,
    DiscordApi api,
    DiscordAdapterStatus status,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var events = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, api.Stopped);
        var consumer = router.ConsumeAsync(events.Reader, running.Token);
        status.Connected();
        try
        {
            await gateway.RunAsync(events.Writer, running.Token);
        }
        catch (GatewayFatalException exception)
        {
            Stop($"Discord adapter stopped: gateway closed with {exception.CloseCode}, {exception.Cause}");
        }
        catch (DiscordUnauthorizedException exception)
        {
            Stop(exception.Message);
        }
        catch (OperationCanceledException) when (running.IsCancellationRequested)
        {
            if (api.Stopped.IsCancellationRequested)
            {
                Stop(new DiscordUnauthorizedException().Message);
            }
        }
        catch (Exception exception)
        {
            LogCrashed(exception);
            Stop($"Discord adapter stopped after an unexpected error: {exception.GetType().Name}");
        }
        finally
        {
            events.Writer.TryComplete();
            try
            {
                await consumer;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private void Stop(string reason)
    {
        status.Stop(reason);
        LogStopped(reason);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Reason}")]
    private partial void LogStopped(string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The Discord adapter failed unexpectedly")]
    private partial void LogCrashed(Exception exception);
}
