using System.Net;
using CultureHub.Web.Dashboard;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CultureHub.Web;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the reverse proxies listed in
/// <c>Dashboard:KnownProxies</c>: then the sign-in throttle and the chat's rate limits see each
/// client's own address, and https at the proxy counts as https. Nobody else can claim an
/// address by sending the header; with no proxies listed, the headers are ignored.
/// </summary>
public static class KnownProxies
{
    public static IServiceCollection AddKnownProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<DashboardOptions>>((forwarded, dashboard) =>
        {
            // With both lists empty the middleware would trust every sender: no proxies, no headers.
            forwarded.ForwardedHeaders = dashboard.Value.KnownProxies.Count == 0
                ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var entry in dashboard.Value.KnownProxies)
            {
                if (entry.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    forwarded.KnownProxies.Add(address);
                }
            }

            // One hop per listed proxy: a chain of known proxies is walked back to the client.
            forwarded.ForwardLimit = Math.Max(1, dashboard.Value.KnownProxies.Count);
        });
        return services;
    }

    /// <summary>
    /// First in the pipeline, so everything after it sees the client's address. An https
    /// <c>Dashboard:PublicUrl</c> says people only ever reach us through TLS: every request counts
    /// as https then, so cookies are always Secure and antiforgery accepts the forms, even when the
    /// proxy speaks plain http to Kestrel and sends no X-Forwarded-Proto.
    /// </summary>
    public static WebApplication UseKnownProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Services.GetRequiredService<PublicAddress>().IsHttps)
        {
            app.Use((http, next) =>
            {
                http.Request.Scheme = Uri.UriSchemeHttps;
                return next(http);
            });
        }

        return app;
    }

    public static bool IsValid(string entry) =>
        entry.Contains('/', StringComparison.Ordinal) ? System.Net.IPNetwork.TryParse(entry, out _) : IPAddress.TryParse(entry, out _);
}
