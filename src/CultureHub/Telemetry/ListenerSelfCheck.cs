using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CultureHub.Telemetry;

/// <summary>
/// Once the web server listens, asks its own <c>/healthz</c> over loopback before the start completes.
/// A listener that does not answer is reported at start rather than at a member's first message, and
/// the request and HttpClient metric families exist from the first scrape of <c>/metrics</c>.
/// </summary>
public sealed partial class ListenerSelfCheck(IServer server, ILogger<ListenerSelfCheck> logger) : IHostedLifecycleService
{
    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null || !Uri.TryCreate(address, UriKind.Absolute, out var listening))
        {
            return;
        }

        var probe = new UriBuilder(listening) { Host = Loopback(listening.Host), Path = "/healthz" }.Uri;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync(probe, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogUnhealthy(probe, (int)response.StatusCode);
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            LogUnreachable(exception, probe);
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A wildcard listener (0.0.0.0, [::], +, *) is asked on the loopback address.</summary>
    private static string Loopback(string host) =>
        host is "0.0.0.0" or "[::]" or "+" or "*" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && ip.Equals(IPAddress.IPv6Any))
            ? "127.0.0.1"
            : host;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web server's own /healthz at {Address} answered {Status}")]
    private partial void LogUnhealthy(Uri address, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The web server's own /healthz at {Address} did not answer")]
    private partial void LogUnreachable(Exception exception, Uri address);
}
