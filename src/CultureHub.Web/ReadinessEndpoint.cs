using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CultureHub.Web;

/// <summary>
/// <c>/readyz</c>: whether this instance can serve — the store and each adapter that is switched
/// on, with its state and why it is not ready. 503 while anything is not ready. <c>/healthz</c>
/// stays a liveness probe that only says the process answers.
/// </summary>
public static class ReadinessEndpoint
{
    public static IEndpointRouteBuilder MapReadiness(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Readiness),
            ResponseWriter = WriteAsync,
        });
        return app;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var checks = new JsonObject();
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            checks[name] = Describe(entry);
        }

        var body = new JsonObject { ["status"] = StatusOf(report.Status), ["checks"] = checks };
        http.Response.ContentType = "application/json; charset=utf-8";
        return http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted);
    }

    private static JsonObject Describe(HealthReportEntry entry)
    {
        var described = new JsonObject { ["status"] = StatusOf(entry.Status) };
        if (entry.Status != HealthStatus.Healthy)
        {
            // The check's own words only: exception messages can carry URLs and tokens.
            described["reason"] = entry.Description ?? entry.Exception?.GetType().Name ?? "not ready";
        }

        foreach (var (key, value) in entry.Data)
        {
            described[key] = JsonSerializer.SerializeToNode(value, value.GetType());
        }

        return described;
    }

    private static string StatusOf(HealthStatus status) => status == HealthStatus.Unhealthy ? "not_ready" : "ready";
}
