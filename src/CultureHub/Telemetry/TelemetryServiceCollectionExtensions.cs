using System.Diagnostics.Metrics;
using System.Net;
using CultureHub.Core.Chat;
using OpenTelemetry.Metrics;

namespace CultureHub.Telemetry;

/// <summary>
/// Metrics for operators through OpenTelemetry: CultureHub's own meter, ASP.NET Core, HttpClient,
/// the runtime and the process, exported as Prometheus text on <c>GET /metrics</c>.
/// </summary>
public static class TelemetryServiceCollectionExtensions
{
    public const string ScrapePath = "/metrics";

    public static IServiceCollection AddCultureHubTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(CultureHubMetrics.MeterName)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation()
            .AddProcessInstrumentation()
            .AddPrometheusExporter(prometheus =>
            {
                // Series keep the names and labels they had before OpenTelemetry (no otel_scope_* labels),
                // and every scrape is fresh: only local scrapers reach the endpoint, so no cache is needed.
                prometheus.ScopeInfoEnabled = false;
                prometheus.ScrapeResponseCacheDurationMilliseconds = 0;
            }));

        // The provider must listen before CultureHub's counters record their zeros, or the zeros are lost
        // and the families stay absent until something happens.
        services.AddSingleton(provider =>
        {
            provider.GetRequiredService<MeterProvider>();
            return new CultureHubMetrics(provider.GetRequiredService<IMeterFactory>());
        });
        services.AddHostedService<ListenerSelfCheck>();
        return services;
    }

    /// <summary>
    /// <c>GET /metrics</c> without sign-in, but only for requests from the machine itself that did not
    /// come through a proxy (no X-Forwarded-For, known proxy or not): everybody else gets 404. Scrape it on the host, or
    /// through a sidecar on localhost.
    /// </summary>
    public static WebApplication MapOperatorMetrics(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint(ScrapePath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(async (http, next) =>
        {
            if (IsLocal(http))
            {
                await next(http);
                return;
            }

            http.Response.StatusCode = StatusCodes.Status404NotFound;
        }), optionsName: null);

        // The instruments exist from the start, not from the first message.
        app.Services.GetRequiredService<CultureHubMetrics>();
        return app;
    }

    /// <summary>X-Original-For: a known proxy's X-Forwarded-For, already moved aside by the forwarded-headers middleware.</summary>
    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("X-Original-For");
}
