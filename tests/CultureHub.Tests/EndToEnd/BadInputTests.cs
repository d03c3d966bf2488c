using System.Net;
using System.Text;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

/// <summary>Every kind of bad input gets a clear answer, and what is stored stays intact.</summary>
public sealed class BadInputTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RunningHost _host = null!;
    private ChatApiClient _visitor = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(_folder.File("bad.db"));
        _visitor = _host.Visitor("mallory");
        var reply = await _visitor.SayAsync("/start");
        await _visitor.PressAsync(reply.Button("consent:yes").Id);
        await _visitor.SayAsync("Mallory");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    [Theory]
    [InlineData("", "Da kam nichts an")]
    [InlineData("🎸🎸🎸🤘", "Emojis allein")]
    public async Task Text_Unusable_GetsFriendlyAnswer(string text, string expected)
    {
        var reply = await _visitor.SayAsync(text);

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
        await AssertDraftNameKeptAsync();
    }

    [Fact]
    public async Task Text_TwentyThousandCharacters_IsRefusedKindly()
    {
        var reply = await _visitor.SayAsync(new string('a', 20_000));

        Assert.Contains("zu lang", reply.AllText, StringComparison.Ordinal);
        await AssertDraftNameKeptAsync();
    }

    [Fact]
    public async Task Text_Markup_IsStoredAsPlainTextAndEchoedVerbatim()
    {
        await _visitor.SayAsync("<script>alert(1)</script> Ich mache Licht");
        await _visitor.SayAsync("zurück");

        var reply = await _visitor.SayAsync("/profile");

        Assert.Contains("<script>alert(1)</script> Ich mache Licht", reply.AllText, StringComparison.Ordinal);
        var response = await _host.Http.GetStringAsync(new Uri("/chat.js", UriKind.Relative));
        Assert.DoesNotContain("innerHTML =", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_Unknown_IsNoLongerOpen()
    {
        var reply = await _visitor.PressAsync("does-not:exist");

        Assert.Contains("nicht mehr offen", reply.AllText, StringComparison.Ordinal);
        await AssertDraftNameKeptAsync();
    }

    [Fact]
    public async Task Button_PressedTwice_SecondIsHarmless()
    {
        var first = await _visitor.PressAsync("consent:yes:de");
        var second = await _visitor.PressAsync("consent:yes:de");

        Assert.Contains("schon bestätigt", first.AllText, StringComparison.Ordinal);
        Assert.Contains("schon bestätigt", second.AllText, StringComparison.Ordinal);
        await AssertDraftNameKeptAsync();
    }

    [Fact]
    public async Task Command_Unknown_GetsHelp()
    {
        var reply = await _visitor.SayAsync("/frobnicate now");

        Assert.Contains("/frobnicate kenne ich nicht", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("/profile", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_LanguageWithWrongArgument_OffersChoice()
    {
        var reply = await _visitor.SayAsync("/language klingonisch");

        Assert.Contains(reply.Buttons, b => b.Id == "lang:en");
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("[1,2]", "must be a JSON object")]
    [InlineData("{}", "exactly one of")]
    [InlineData("{\"text\":\"a\",\"button\":\"b\"}", "exactly one of")]
    [InlineData("{\"text\":5}", "exactly one of")]
    public async Task Api_MalformedBody_Is400WithClearMessage(string body, string expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _host.Http.PostAsync(new Uri("/api/chat", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertDraftNameKeptAsync();
    }

    [Fact]
    public async Task Concurrent_DoubleClicks_AreSerialisedPerMember()
    {
        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => _visitor.PressAsync("iv:back")));

        Assert.All(replies, r => Assert.NotEmpty(r.Replies));
        await AssertDraftNameKeptAsync();
    }

    private async Task AssertDraftNameKeptAsync()
    {
        var sessions = _host.Get<Core.Members.IInterviewStore>();
        var session = await sessions.GetAsync(_host.IdentityOf(_visitor).Key, CancellationToken.None);
        Assert.Equal("Mallory", session?.Draft.Name);
        Assert.Equal(0, await _host.Get<IMemberStore>().CountAsync(CancellationToken.None));
    }
}
