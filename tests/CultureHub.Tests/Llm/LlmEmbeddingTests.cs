using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Llm;
using static CultureHub.Tests.Llm.LlmMatchingTests;

namespace CultureHub.Tests.Llm;

/// <summary>The optional embedding model in the real host, through Semantic Kernel against the fake server.</summary>
public sealed class LlmEmbeddingTests : IAsyncLifetime, IDisposable
{
    private const string EmbedFallbacks = "culturehub_llm_fallbacks_total{step=\"embed\"}";
    private readonly TempFolder _folder = new();
    private FakeOpenAiServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Embedding_ReordersOfflineCandidates_AsTheVectorsSay()
    {
        await using var host = await StartWithEmbeddingsAsync();
        var (seeker, everyone) = Members("Ich singe");
        var offline = await Offline(host).ForMemberAsync(seeker, everyone, (_, _) => false, 8, CancellationToken.None);
        Assert.True(offline.Count >= 3, "the offline matcher should find three drummers");
        var offersOf = everyone.ToDictionary(m => m.Id, m => m.Offers);
        var (first, last) = (offersOf[offline[0].CandidateId], offersOf[offline[^1].CandidateId]);

        // The offline favourite points away from what the seeker looks for; the last one points right at it.
        _fake.Vectors = text => text == seeker.Seeks || text == last ? [1, 0] : text == first ? [-1, 0] : [0, 1];
        var ranked = await host.Get<IMatchSource>().ForMemberAsync(seeker, everyone, (_, _) => false, 8, CancellationToken.None);

        Assert.Equal(offline[^1].CandidateId, ranked[0].CandidateId);
        Assert.Equal(offline[0].CandidateId, ranked[^1].CandidateId);
        Assert.Equal(offline.Select(c => c.CandidateId).Order(), ranked.Select(c => c.CandidateId).Order());
        Assert.Equal(0, host.Counter(EmbedFallbacks));
        Assert.True(host.Counter("culturehub_llm_tokens_in_total{step=\"embed\"}") > 0);
    }

    [Theory]
    [InlineData(FakeFailure.ServerError)]
    [InlineData(FakeFailure.RateLimited)]
    [InlineData(FakeFailure.MalformedJson)]
    public async Task Embedding_EndpointFails_KeepsOfflineOrder_AndCountsFallback(FakeFailure failure)
    {
        _fake.EmbeddingFailure = failure;
        await using var host = await StartWithEmbeddingsAsync(timeoutSeconds: "2");
        var (seeker, everyone) = Members("Ich singe");
        var offline = await Offline(host).ForMemberAsync(seeker, everyone, (_, _) => false, 8, CancellationToken.None);

        var ranked = await host.Get<IMatchSource>().ForMemberAsync(seeker, everyone, (_, _) => false, 8, CancellationToken.None);

        Assert.NotEmpty(_fake.EmbeddingRequests);
        Assert.Equal(offline.Select(c => c.CandidateId), ranked.Select(c => c.CandidateId));
        Assert.Equal(1, host.Counter(EmbedFallbacks));
    }

    [Fact]
    public async Task Embedding_SeekerDeclined_SendsNoEmbeddingsRequest()
    {
        await using var host = await StartWithEmbeddingsAsync();
        var (seeker, everyone) = Members("Ich singe");
        var declined = seeker with { Consent = seeker.Consent with { AllowsLlm = false } };

        await host.Get<IMatchSource>().ForMemberAsync(declined, everyone, (_, _) => false, 8, CancellationToken.None);

        Assert.Empty(_fake.EmbeddingRequests);
    }

    [Fact]
    public async Task Embedding_CandidateDeclined_IsNeverSent()
    {
        await using var host = await StartWithEmbeddingsAsync();
        var (seeker, everyone) = Members("Ich singe");
        var private1 = Member("m-private", "Paula Geheim", "Geheimes Schlagzeug in einer Rockband, Oldenburg", string.Empty, allowsLlm: false);

        var ranked = await host.Get<IMatchSource>().ForMemberAsync(seeker, [.. everyone, private1], (_, _) => false, 8, CancellationToken.None);

        Assert.Contains(ranked, c => c.CandidateId == private1.Id);
        Assert.NotEmpty(_fake.EmbeddingRequests);
        Assert.All(_fake.Requests, r => Assert.DoesNotContain("Geheimes Schlagzeug", r.Raw, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Embedding_NoEmbeddingModel_SendsNoEmbeddingsRequest()
    {
        await using var host = await LlmHost.StartAsync(_folder, _fake);
        var (seeker, everyone) = Members("Ich singe");

        await host.Get<IMatchSource>().ForMemberAsync(seeker, everyone, (_, _) => false, 8, CancellationToken.None);

        Assert.NotEmpty(_fake.Requests);
        Assert.Empty(_fake.EmbeddingRequests);
    }

    [Fact]
    public async Task Embedding_Round_EmbedsEachTextOnce()
    {
        await using var host = await StartWithEmbeddingsAsync();
        var (seeker, everyone) = Members("Ich singe");
        var second = seeker with { Id = "m-seeker2", DisplayName = "Sven", Identities = [] };

        var pairs = await host.Get<IMatchSource>().RoundAsync([.. everyone, second], (_, _) => false, new MatchRoundLimits(_ => 3, 10), CancellationToken.None);

        Assert.True(pairs.Count(p => p.MemberId.StartsWith("m-seeker", StringComparison.Ordinal)) >= 4, string.Join(", ", pairs.Select(p => $"{p.MemberId}>{p.CandidateId}")));

        var inputs = _fake.EmbeddingRequests.SelectMany(r => r.Body["input"]!.AsArray().Select(i => i!.GetValue<string>())).ToList();
        Assert.NotEmpty(inputs);
        Assert.Equal(inputs.Count, inputs.Distinct(StringComparer.Ordinal).Count());
    }

    private Task<RunningHost> StartWithEmbeddingsAsync(string timeoutSeconds = "30") => LlmHost.StartAsync(_folder, _fake, new Dictionary<string, string?>
    {
        ["Llm:EmbeddingModel"] = "test-embedding",
        ["Llm:EmbeddingWeight"] = "1",
        ["Llm:TimeoutSeconds"] = timeoutSeconds,
    });
}
