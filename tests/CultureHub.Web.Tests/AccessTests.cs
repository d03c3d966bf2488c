using System.Net;
using System.Text.RegularExpressions;
using CultureHub.Web.Dashboard;

namespace CultureHub.Web.Tests;

[Collection(DashboardCollection.Name)]
public sealed partial class AccessTests(DashboardFixture fixture)
{
    [Theory]
    [InlineData("/dashboard")]
    [InlineData("/dashboard/report")]
    [InlineData("/dashboard/hubs/hannover")]
    [InlineData("/dashboard/export/members_by_region.csv")]
    [InlineData("/dashboard/export/workshops_hub_hannover.json")]
    public async Task WithoutSignIn_NothingIsServed(string path)
    {
        using var client = fixture.NewClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/dashboard/login", StringComparison.Ordinal)),
            $"{path} answered {response.StatusCode}");
        Assert.DoesNotContain("<svg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_IsRefused()
    {
        using var client = fixture.NewClient();

        using var response = await DashboardFixture.SignInAsync(client, "network", "wrong password!");
        using var page = await client.GetAsync(new Uri("/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task SignIn_RepeatedGuessing_IsThrottledEvenWithTheRightPassword()
    {
        using var client = fixture.NewClient();
        for (var i = 0; i < SignInThrottle.MaxFailuresPerName; i++)
        {
            using var wrong = await DashboardFixture.SignInAsync(client, "mallory", $"guess number {i}");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var blocked = await DashboardFixture.SignInAsync(client, "mallory", DashboardFixture.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRejected()
    {
        using var client = fixture.NewClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "network", ["password"] = DashboardFixture.Password });

        using var response = await client.PostAsync(new Uri("/dashboard/login", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HubStaff_SeeOwnHub_ButNotAnotherHubsDetail()
    {
        using var client = fixture.NewClient();
        using var signIn = await DashboardFixture.SignInAsync(client, "hannover-team", DashboardFixture.Password);

        using var own = await client.GetAsync(new Uri("/dashboard/hubs/hannover", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/dashboard/hubs/oldenburg", UriKind.Relative));
        using var otherExport = await client.GetAsync(new Uri("/dashboard/export/workshops_hub_oldenburg.csv", UriKind.Relative));
        using var aggregate = await client.GetAsync(new Uri("/dashboard/export/workshops_by_hub.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains("wsh01", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherExport.StatusCode);
        Assert.Equal(HttpStatusCode.OK, aggregate.StatusCode);
    }

    [Fact]
    public async Task OneTimeLink_FromTheBot_WorksOnce()
    {
        var reply = await fixture.Host.Member(DashboardFixture.Coordinator).SayAsync("/dashboard");
        var link = LinkInText().Match(reply.AllText);
        Assert.True(link.Success, reply.AllText);
        var token = new Uri(link.Value).Fragment.TrimStart('#');

        using var first = fixture.NewClient();
        using var second = fixture.NewClient();
        using var used = await RedeemAsync(first, token);
        using var again = await RedeemAsync(second, token);
        using var page = await first.GetAsync(new Uri("/dashboard", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task DashboardCommand_NotStaff_GetsNoLink()
    {
        var reply = await fixture.Host.Visitor("someone-else").SayAsync("/dashboard");

        Assert.DoesNotMatch(LinkInText(), reply.AllText);
    }

    [Fact]
    public async Task Metrics_FromLoopback_IsPrometheusText()
    {
        await fixture.Host.Visitor("metrics-visitor").SayAsync("/help");

        var text = await fixture.Host.Http.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("# TYPE culturehub_messages_handled_total counter", text, StringComparison.Ordinal);
        Assert.Matches(@"culturehub_messages_handled_total\{platform=""web""\} [1-9]", text);
    }

    [Fact]
    public void PasswordHash_VerifiesOnlyTheRightPassword()
    {
        var hash = PasswordHashFormat.Hash("a long passphrase", 1000);

        Assert.StartsWith("pbkdf2-sha256$1000$", hash, StringComparison.Ordinal);
        Assert.True(PasswordHashFormat.Verify("a long passphrase", hash));
        Assert.False(PasswordHashFormat.Verify("a long passphrasE", hash));
    }

    private static async Task<HttpResponseMessage> RedeemAsync(HttpClient client, string token)
    {
        var antiforgery = await DashboardFixture.AntiforgeryTokenAsync(client, "/dashboard/link");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = antiforgery, ["token"] = token });
        return await client.PostAsync(new Uri("/dashboard/link", UriKind.Relative), form);
    }

    [GeneratedRegex(@"https?://\S+/dashboard/link#[A-Za-z0-9_-]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LinkInText();
}
