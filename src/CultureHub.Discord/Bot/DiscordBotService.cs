using System.Globalization;
using System.Threading.Channels;
using CultureHub.Discord.Gateway;
using CultureHub.Discord.Rest;
using CultureHub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Runs the gateway and the event router under the adapter's supervisor. A refusal that
/// reconnecting cannot fix (bad token, disallowed intents) stops only this adapter, with one clear
/// reason in the log and in readiness; an unexpected failure restarts it with backoff.
/// </summary>
public sealed class DiscordBotService(
    GatewayClient gateway,
    DiscordEventRouter router,
    DiscordApi api,
    [FromKeyedServices(DiscordServiceCollectionExtensions.AdapterName)] AdapterSupervisor supervisor) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await supervisor.RunAsync(RunAsync, FatalReason, stoppingToken);
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var events = Channel.CreateUnbounded<GatewayDispatch>(new UnboundedChannelOptions { SingleReader = true });
        using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, api.Stopped);
        var consumer = router.ConsumeAsync(events.Reader, running.Token);
        try
        {
            await gateway.RunAsync(events.Writer, running.Token);
        }
        catch (OperationCanceledException) when (api.Stopped.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            // A REST call saw 401: every other request would fail too.
            throw new DiscordUnauthorizedException();
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

    private static string? FatalReason(Exception exception) => exception switch
    {
        GatewayFatalException fatal => string.Create(CultureInfo.InvariantCulture, $"gateway closed with {fatal.CloseCode}, {fatal.Cause}"),
        DiscordUnauthorizedException unauthorized => unauthorized.Message,
        _ => null,
    };
}
