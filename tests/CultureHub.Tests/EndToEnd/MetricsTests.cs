using System.Net;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary><c>/metrics</c> through the OpenTelemetry Prometheus exporter of the real host.</summary>
public sealed class MetricsTests : IDisposable
{
    private static readonly string[] CultureHubFamilies =
    [
        "culturehub_messages_handled_total", "culturehub_errors_total", "culturehub_llm_requests_total",
        "culturehub_llm_tokens_in_total", "culturehub_llm_tokens_out_total", "culturehub_llm_fallbacks_total",
        "culturehub_llm_dropped_ids_total", "culturehub_matching_rounds_total", "culturehub_introductions_proposed_total",
        "culturehub_matching_round_duration_seconds", "culturehub_outbox_attempts_total",
    ];

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task FirstScrape_RightAfterStart_HasEveryFamily()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("metrics.db"));

        var text = await host.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        foreach (var family in CultureHubFamilies)
        {
            Assert.Contains($"# TYPE {family} ", text, StringComparison.Ordinal);
        }

        Assert.Contains("culturehub_messages_handled_total{platform=\"telegram\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("culturehub_llm_fallbacks_total{step=\"rerank\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("culturehub_outbox_attempts_total{outcome=\"dead_lettered\"} 0", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE http_client_request_duration_seconds histogram", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE dotnet_gc_collections_total counter", text, StringComparison.Ordinal);
        Assert.Contains("# TYPE process_cpu_time_seconds_total counter", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scrape_AfterAMessage_CountsIt()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("count.db"));
        await host.Visitor("metrics-counter").SayAsync("/help");

        var text = await host.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Matches(@"culturehub_messages_handled_total\{platform=""web""\} [1-9]", text);
        Assert.Equal(1, host.Metrics.Counter("culturehub_messages_handled_total{platform=\"web\"}"));
    }

    [Fact]
    public async Task Scrape_ThroughAProxy_IsNotFound()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("proxy.db"));
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/metrics", UriKind.Relative));
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        using var response = await host.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _folder.Dispose();
}
