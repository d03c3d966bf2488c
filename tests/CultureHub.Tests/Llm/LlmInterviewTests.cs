using System.Text.Json.Nodes;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Llm;

namespace CultureHub.Tests.Llm;

/// <summary>The interview through Semantic Kernel against the fake server, via the web chat API.</summary>
public sealed class LlmInterviewTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private FakeOpenAiServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Interview_AllowedLlm_ModelFillsProfile_AsksFollowUp_ExtractionDropsUnknownIds()
    {
        _fake.Script = request => request.SchemaName switch
        {
            "InterviewReply" => InterviewTurn(Answer(request)),
            "ExtractReply" => """{"offers": ["guitar", "bass", "quantum_yodeling"], "seeks": ["vocals"]}""",
            _ => null,
        };
        await using var host = await LlmHost.StartAsync(_folder, _fake);
        var kim = host.Visitor("kim");

        var reply = await LlmHost.BeginAsync(kim, allowsLlm: true);
        Assert.Contains("Wie sollen wir dich nennen", reply.AllText, StringComparison.Ordinal);
        await kim.SayAsync("Kim");
        reply = await kim.SayAsync("Ich mache Musik");
        Assert.Contains("Welche Instrumente", reply.AllText, StringComparison.Ordinal);
        reply = await kim.SayAsync("Gitarre und Bass. Ich suche eine Sängerin, ich wohne in Oldenburg");
        Assert.Contains("Sparte", reply.AllText, StringComparison.Ordinal);
        var understood = Assert.Single(reply.Replies).Text;
        Assert.Contains("Das habe ich verstanden", understood, StringComparison.Ordinal);
        Assert.Contains("Gitarre", understood[..understood.IndexOf("Sparte", StringComparison.Ordinal)], StringComparison.Ordinal);
        // A sought label reads as what is sought (the taxonomy's "sought" phrase), not as the bare label.
        Assert.Contains("Du suchst: eine Sängerin oder einen Sänger", understood, StringComparison.Ordinal);
        reply = await kim.PressAsync("iv:sectors:done");
        reply = await kim.PressAsync("iv:skip");
        Assert.Contains("Gitarre und Bass", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("Oldenburg", reply.AllText, StringComparison.Ordinal);
        reply = await kim.PressAsync("iv:confirm");
        Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);

        var member = await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(kim), CancellationToken.None);
        Assert.NotNull(member);
        Assert.True(member.Consent.AllowsLlm);
        Assert.Equal("Kim", member.DisplayName);
        Assert.Equal("Musik: Gitarre und Bass", member.Offers);
        Assert.Equal("eine Sängerin", member.Seeks);
        Assert.Equal("Oldenburg", member.Town?.Place?.Name);
        Assert.Equal([Sector.Music], member.Sectors);
        Assert.Contains(member.OfferTags, t => t.CompetenceId == "bass");
        Assert.DoesNotContain(member.OfferTags, t => t.CompetenceId == "quantum_yodeling");
        Assert.Contains(member.SeekTags, t => t.CompetenceId == "vocals");
        Assert.Equal(1, host.Counter("culturehub_llm_dropped_ids_total{step=\"extract\"}"));
        Assert.Equal(3, host.Counter("culturehub_llm_requests_total{step=\"interview\"}"));
        Assert.Equal(360, host.Counter("culturehub_llm_tokens_in_total{step=\"interview\"}"));
        Assert.Equal(90, host.Counter("culturehub_llm_tokens_out_total{step=\"interview\"}"));
        Assert.All(_fake.Requests, r => Assert.NotNull(r.Body["response_format"]));
    }

    [Fact]
    public async Task Interview_DeclinedLlm_NeverReachesTheServer_AndPrivacyNamesTheExternalModel()
    {
        await using var host = await LlmHost.StartAsync(_folder, _fake);
        var ben = host.Visitor("ben");

        var reply = await LlmHost.BeginAsync(ben, allowsLlm: false);
        Assert.Contains("ohne Sprachmodell", reply.AllText, StringComparison.Ordinal);
        await ben.SayAsync("Ben");
        await ben.SayAsync("Ich spiele Schlagzeug");
        await ben.SayAsync("Eine Band");
        await ben.SayAsync("Hannover");
        await ben.PressAsync("iv:sectors:done");
        await ben.PressAsync("iv:skip");
        reply = await ben.PressAsync("iv:confirm");
        Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);
        await ben.SayAsync("/match");
        var privacy = await ben.SayAsync("/privacy");

        Assert.Empty(_fake.Requests);
        Assert.Contains("externen Anbieter", privacy.AllText, StringComparison.Ordinal);
        var member = await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(ben), CancellationToken.None);
        Assert.False(member!.Consent.AllowsLlm);
    }

    [Theory]
    [InlineData(FakeFailure.MalformedJson)]
    [InlineData(FakeFailure.ServerError)]
    [InlineData(FakeFailure.RateLimited)]
    [InlineData(FakeFailure.Hang)]
    public async Task Interview_ModelFails_MemberGetsTheOfflineAnswer_AndFallbackIsCounted(FakeFailure failure)
    {
        _fake.Failure = failure;
        await using var host = await LlmHost.StartAsync(_folder, _fake, new Dictionary<string, string?> { ["Llm:TimeoutSeconds"] = "2" });
        var eva = host.Visitor("eva");
        await LlmHost.BeginAsync(eva, allowsLlm: true);

        await eva.SayAsync("Eva");
        var reply = await eva.SayAsync("Ich bin Fotografin und mache Bandfotos");

        Assert.Contains("was oder wen suchst du", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(2, host.Counter("culturehub_llm_fallbacks_total{step=\"interview\"}"));
        Assert.NotEmpty(_fake.Requests);
    }

    [Fact]
    public async Task LlmCommand_SwitchesConsentOff_ThenNoMoreRequests()
    {
        _fake.Script = request => request.SchemaName == "InterviewReply" ? InterviewTurn(Answer(request)) : null;
        await using var host = await LlmHost.StartAsync(_folder, _fake);
        var ida = host.Visitor("ida");
        await LlmHost.BeginAsync(ida, allowsLlm: true);
        await ida.SayAsync("Ida");
        var before = _fake.Requests.Count;

        var reply = await ida.SayAsync("/llm off");
        Assert.Contains("ohne Sprachmodell", reply.AllText, StringComparison.Ordinal);
        await ida.SayAsync("Ich male Bühnenbilder");

        Assert.Equal(before, _fake.Requests.Count);
        var status = await ida.SayAsync("/llm");
        Assert.Contains("llm:yes", string.Join(" ", status.Buttons.Select(b => b.Id)), StringComparison.Ordinal);
    }

    private static string Answer(FakeChatRequest request)
    {
        var start = request.User.IndexOf("[ANSWER JSON]", StringComparison.Ordinal) + "[ANSWER JSON]".Length;
        var end = request.User.IndexOf("[END ANSWER JSON]", StringComparison.Ordinal);
        return JsonNode.Parse(request.User[start..end])!.GetValue<string>();
    }

    private static string InterviewTurn(string answer) => answer switch
    {
        "Kim" or "Ida" => $$"""{"name": "{{answer}}", "offers": null, "seeks": null, "town": null, "sectors": null, "links": null, "follow_up": null, "next_step": "offers"}""",
        "Ich mache Musik" => """{"name": null, "offers": "Musik", "seeks": null, "town": null, "sectors": ["music"], "links": null, "follow_up": "Welche Instrumente spielst du?", "next_step": "offers"}""",
        _ => """{"name": null, "offers": "Musik: Gitarre und Bass", "seeks": "eine Sängerin", "town": "Oldenburg", "sectors": ["music", "unknown_sector"], "links": null, "follow_up": null, "next_step": "sectors"}""",
    };
}
