using System.Net;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.Web.Dashboard;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Tests;

/// <summary>
/// Sign-in behind a reverse proxy: the throttle sees each client's address when the proxy is
/// known and ignores forwarded headers from anyone else; cookies are Secure when the public
/// address is https; unknown user names cost as much as known ones.
/// </summary>
public sealed class SignInHardeningTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Theory]
    [InlineData(5_000)]
    [InlineData(20_000)]
    public void AccountCheck_UnknownUserName_CostsAsManyIterationsAsTheAccounts(int iterations)
    {
        var options = new DashboardOptions
        {
            Accounts = [new DashboardAccount { UserName = "network", PasswordHash = PasswordHashFormat.Hash("right", iterations), Hub = "*" }],
        };

        var check = new AccountCheck(Options.Create(options));

        Assert.Equal(iterations, PasswordHashFormat.IterationsOf(check.DecoyHash));
        Assert.Null(check.Check("nobody", "right"));
        Assert.NotNull(check.Check("NETWORK", "right"));
    }

    [Fact]
    public void AccountCheck_NoAccounts_DecoyCostsTheDefault()
    {
        var check = new AccountCheck(Options.Create(new DashboardOptions()));

        Assert.Equal(PasswordHashFormat.DefaultIterations, PasswordHashFormat.IterationsOf(check.DecoyHash));
    }

    [Fact]
    public async Task Throttle_BehindKnownProxy_BlocksTheGuessingClientOnly()
    {
        await using var host = await StartAsync(("Dashboard:KnownProxies:0", "127.0.0.1"));
        using var guesser = Client(host, "203.0.113.7");
        using var colleague = Client(host, "198.51.100.9");
        await GuessAsync(guesser);

        using var blocked = await DashboardFixture.SignInAsync(guesser, "network", DashboardFixture.Password);
        using var served = await DashboardFixture.SignInAsync(colleague, "network", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, served.StatusCode);
    }

    [Fact]
    public async Task Throttle_ForwardedForFromUnknownSender_IsIgnored()
    {
        await using var host = await StartAsync();
        using var guesser = Client(host, "203.0.113.7");
        using var disguised = Client(host, "198.51.100.9");
        await GuessAsync(guesser);

        using var blocked = await DashboardFixture.SignInAsync(disguised, "network", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }

    [Fact]
    public async Task Cookies_PublicUrlIsHttps_AreSecureEvenWhenTheProxySpeaksHttp()
    {
        await using var host = await StartAsync(("Dashboard:PublicUrl", "https://culturehub.example"));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Http.BaseAddress };

        using var form = await http.GetAsync(new Uri("/dashboard/login", UriKind.Relative));
        var antiforgery = Assert.Single(form.Headers.GetValues("Set-Cookie"));
        var token = DashboardFixture.TokenIn(await form.Content.ReadAsStringAsync());
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/dashboard/login", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["userName"] = "network",
                ["password"] = DashboardFixture.Password,
            }),
        };
        signIn.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        using var session = await http.SendAsync(signIn);

        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, session.StatusCode);
        var cookie = Assert.Single(session.Headers.GetValues("Set-Cookie"), c => c.StartsWith("culturehub.dashboard=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<RunningHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var all = DashboardFixture.Settings();
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        return await RunningHost.StartAsync(_folder.File($"{Guid.NewGuid():N}.db"), all);
    }

    private static async Task GuessAsync(HttpClient client)
    {
        for (var i = 0; i < SignInThrottle.MaxFailuresPerName; i++)
        {
            using var wrong = await DashboardFixture.SignInAsync(client, "network", $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }
    }

    /// <summary>A browser whose requests reach us through a proxy that says they came from <paramref name="forwardedFor"/>.</summary>
    private static HttpClient Client(RunningHost host, string forwardedFor)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = host.Http.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }

    public void Dispose() => _folder.Dispose();
}
