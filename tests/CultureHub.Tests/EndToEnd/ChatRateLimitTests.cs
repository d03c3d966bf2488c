using System.Net;
using System.Net.Http.Json;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary>
/// The chat API's token buckets. Buckets start full and refill over a minute, so a burst far
/// larger than the bucket is refused in part however fast or slow the machine runs the test.
/// </summary>
public sealed class ChatRateLimitTests : IDisposable
{
    private const int Flood = 30;
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Flood_OneVisitor_Gets429WithRetryAfter_WhileAnotherVisitorIsServed()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("visitor.db"), new Dictionary<string, string?> { ["WebChat:VisitorRequestsPerMinute"] = "5" });
        var flooder = host.Visitor("flooder");

        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < Flood; i++)
        {
            statuses.Add(await flooder.PostRawAsync(new { text = "/help" }));
        }

        var refused = statuses.Where(r => r.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.Equal(HttpStatusCode.OK, statuses[0].StatusCode);
        Assert.True(refused.Count >= Flood / 2, $"{refused.Count} of {Flood} refused");
        Assert.All(refused, r => Assert.True(r.Headers.RetryAfter?.Delta > TimeSpan.Zero));
        Assert.Contains("wait", await refused[0].Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var bystander = await host.Visitor("bystander").PostRawAsync(new { text = "/help" });
        Assert.Equal(HttpStatusCode.OK, bystander.StatusCode);
        using var inbox = await flooder.GetAsync("/api/chat/inbox");
        Assert.Equal(HttpStatusCode.TooManyRequests, inbox.StatusCode);
        statuses.ForEach(r => r.Dispose());
    }

    [Fact]
    public async Task Flood_FreshVisitorsFromOneAddressBehindKnownProxy_Get429_WhileAnotherAddressIsServed()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("address.db"), new Dictionary<string, string?>
        {
            ["WebChat:AddressRequestsPerMinute"] = "5",
            ["Dashboard:KnownProxies:0"] = "127.0.0.1",
        });

        var flood = await FloodAsync(host, _ => "203.0.113.7");
        using var other = await PostAsync(host, "198.51.100.9");

        Assert.True(flood >= Flood / 2, $"{flood} of {Flood} refused");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task Flood_ForwardedForFromUnknownProxy_IsNotBelieved()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("spoof.db"), new Dictionary<string, string?> { ["WebChat:AddressRequestsPerMinute"] = "5" });

        var flood = await FloodAsync(host, i => $"203.0.113.{i + 1}");

        Assert.True(flood >= Flood / 2, $"{flood} of {Flood} refused although every request claimed another address");
    }

    /// <summary>Requests without cookies, as a script that throws each new identity away; returns how many got 429.</summary>
    private static async Task<int> FloodAsync(RunningHost host, Func<int, string> forwardedFor)
    {
        var refused = 0;
        for (var i = 0; i < Flood; i++)
        {
            using var response = await PostAsync(host, forwardedFor(i));
            refused += response.StatusCode == HttpStatusCode.TooManyRequests ? 1 : 0;
        }

        return refused;
    }

    private static Task<HttpResponseMessage> PostAsync(RunningHost host, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/chat", UriKind.Relative)) { Content = JsonContent.Create(new { text = "/help" }) };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return host.Http.SendAsync(request);
    }

    public void Dispose() => _folder.Dispose();
}
