using System.Globalization;
using System.Net;
using System.Text;
using CultureHub.Core.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CultureHub.Web.Dashboard;

/// <summary>
/// <c>GET /metrics</c>: the chat counters in Prometheus text format (0.0.4). No sign-in, but only
/// for requests from the machine itself that did not come through a proxy (no X-Forwarded-For):
/// everybody else gets 404. Scrape it on the host, or through a sidecar on localhost.
/// </summary>
public static class MetricsEndpoint
{
    private static readonly Dictionary<string, string> Help = new(StringComparer.Ordinal)
    {
        ["culturehub_messages_handled_total"] = "Chat messages handled, by platform.",
        ["culturehub_errors_total"] = "Errors while handling a chat message, by platform.",
        ["culturehub_llm_fallbacks_total"] = "Times the LLM was unavailable and the offline path answered.",
        ["culturehub_matching_round_duration_ms"] = "Duration of the last matching round in milliseconds.",
        ["culturehub_matching_rounds_total"] = "Matching rounds run.",
        ["culturehub_introductions_proposed_total"] = "Introductions proposed by matching rounds.",
    };

    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder app)
    {
        app.MapGet("/metrics", (HttpContext http, ChatMetrics metrics) =>
            IsLocal(http) ? Results.Text(Render(metrics.Snapshot()), "text/plain; version=0.0.4; charset=utf-8") : Results.NotFound());
        return app;
    }

    public static string Render(IReadOnlyDictionary<string, long> snapshot)
    {
        var text = new StringBuilder();
        foreach (var family in snapshot.GroupBy(s => Family(s.Key)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var type = family.Key.EndsWith("_total", StringComparison.Ordinal) ? "counter" : "gauge";
            text.Append("# HELP ").Append(family.Key).Append(' ').AppendLine(Help.GetValueOrDefault(family.Key, "CultureHub metric."));
            text.Append("# TYPE ").Append(family.Key).Append(' ').AppendLine(type);
            foreach (var (series, value) in family)
            {
                text.Append(series).Append(' ').AppendLine(value.ToString(CultureInfo.InvariantCulture));
            }
        }

        return text.Replace("\r\n", "\n").ToString();
    }

    private static string Family(string series) => series.IndexOf('{', StringComparison.Ordinal) is var brace and >= 0 ? series[..brace] : series;

    /// <summary>X-Original-For: a known proxy's X-Forwarded-For, already moved aside by the forwarded-headers middleware.</summary>
    private static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote)
        && !http.Request.Headers.ContainsKey("X-Forwarded-For") && !http.Request.Headers.ContainsKey("X-Original-For");
}
