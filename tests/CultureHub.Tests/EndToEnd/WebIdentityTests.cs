using System.Net;
using System.Net.Http.Json;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.Web.Visitors;

namespace CultureHub.Tests.EndToEnd;

/// <summary>
/// Who a web visitor is comes from the cookie the server sealed, never from the request: an
/// attacker who knows a member's id (from a log, a screenshot, a guess) gets nothing of theirs.
/// </summary>
public sealed class WebIdentityTests : IDisposable
{
    private const string GittasWords = "Quastenflosser-Gitarrenriffs";
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ForgedIdentity_ReadsNothingOfAnotherVisitor()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("forged.db"));
        var gitta = host.Visitor("gitta");
        await gitta.CompleteInterviewAsync("Gitta", $"Ich spiele E-Gitarre, {GittasWords}, und schreibe Songs", "Ich suche einen Schlagzeuger für meine Band", "Oldenburg");
        await host.Visitor("dario").CompleteInterviewAsync("Dario", "Ich bin Schlagzeuger mit eigenem Proberaum", "Suche eine Band, gern Rock", "Oldenburg");
        Assert.Equal(1, (await host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None)).Proposed);
        var victim = host.IdentityOf(gitta).UserId;
        var introduction = Assert.Single(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));

        using var named = await host.Visitor("mallory").PostRawAsync(new { user = victim, text = "/profile" });
        using var namedInbox = await host.Http.GetAsync(new Uri($"/api/chat/inbox?user={victim}", UriKind.Relative));
        var forger = host.Visitor("forger");
        forger.Cookies.Add(host.Http.BaseAddress!, new Cookie(VisitorCookies.CookieName, victim));
        var tamperer = host.Visitor("tamperer");
        tamperer.Cookies.Add(host.Http.BaseAddress!, new Cookie(VisitorCookies.CookieName, Tampered(gitta.VisitorCookie!)));

        // the named user is ignored: the request is answered as the sender's own (new) visitor
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        var namedReply = await named.Content.ReadAsStringAsync();
        Assert.Contains("noch kein Profil", namedReply, StringComparison.Ordinal);
        Assert.DoesNotContain(GittasWords, namedReply, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, namedInbox.StatusCode);
        foreach (var attacker in new[] { forger, tamperer })
        {
            Assert.Empty((await attacker.InboxAsync()).Replies);
            Assert.Contains("noch kein Profil", (await attacker.SayAsync("/profile")).AllText, StringComparison.Ordinal);
            var export = await attacker.SayAsync("/export");
            Assert.Null(Assert.Single(export.Replies).Attachment);
            Assert.Contains("nichts über dich", (await attacker.SayAsync("/delete")).AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(GittasWords, (await attacker.PressAsync($"intro:yes:{introduction.Id}")).AllText, StringComparison.Ordinal);
            Assert.NotEqual(victim, host.IdentityOf(attacker).UserId);
        }

        var proposal = await gitta.InboxAsync();
        Assert.Contains("Dario", proposal.AllText, StringComparison.Ordinal);
        Assert.Contains(GittasWords, (await gitta.SayAsync("/profile")).AllText, StringComparison.Ordinal);
        var untouched = Assert.Single(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
        Assert.Equal(IntroductionState.Proposed, untouched.State);
        Assert.All(new[] { untouched.First, untouched.Second }, side => Assert.Equal(IntroductionAnswer.Pending, side.Answer));
        Assert.Equal(2, await host.Get<IMemberStore>().CountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Cookie_IsHttpOnlyAndSameSiteStrict_AndRenewedWithoutChangingTheVisitor()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("cookie.db"));
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.Http.BaseAddress };

        using var first = await http.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/help" });
        var cookie = Assert.Single(first.Headers.GetValues("Set-Cookie"));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/chat", UriKind.Relative)) { Content = JsonContent.Create(new { text = "/help" }) };
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var second = await http.SendAsync(request);
        var renewed = Assert.Single(second.Headers.GetValues("Set-Cookie"));

        Assert.StartsWith(VisitorCookies.CookieName + "=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        var cookies = host.Get<VisitorCookies>();
        Assert.Equal(cookies.Unseal(Value(cookie)), cookies.Unseal(Value(renewed)));
    }

    [Fact]
    public async Task Cookie_PublicUrlIsHttps_IsSecureEvenOverPlainHttp()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("secure.db"), new Dictionary<string, string?> { ["Dashboard:PublicUrl"] = "https://culturehub.example" });
        using var http = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = host.Http.BaseAddress };

        using var response = await http.PostAsJsonAsync(new Uri("/api/chat", UriKind.Relative), new { text = "/help" });

        Assert.Contains("secure", Assert.Single(response.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
    }

    private static string Value(string setCookie) => setCookie.Split(';')[0][(VisitorCookies.CookieName.Length + 1)..];

    /// <summary>The same sealed value with one character changed, as someone fiddling with the cookie would.</summary>
    private static string Tampered(string sealedValue)
    {
        var middle = sealedValue.Length / 2;
        return sealedValue[..middle] + (sealedValue[middle] == 'A' ? 'B' : 'A') + sealedValue[(middle + 1)..];
    }

    public void Dispose() => _folder.Dispose();
}
