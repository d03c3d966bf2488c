using CultureHub.Core.Chat;
using CultureHub.Llm.Matching;
using CultureHub.TestKit.Metrics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm.Tests;

public sealed class EmbeddingRankerTests
{
    private const string Seeks = "Schlagzeuger gesucht";
    private readonly MeterRecorder _recorder = new();
    private readonly ScriptedEmbeddings _generator = new();

    private static readonly EmbeddingCandidate[] Candidates =
    [
        new("Gitarre", 1.0),
        new("Bass", 0.9),
        new("Schlagzeug", 0.8),
    ];

    public EmbeddingRankerTests() => _generator.Vectors = text => text switch
    {
        Seeks or "Schlagzeug" => [1, 0],
        _ => [0, 1],
    };

    [Fact]
    public async Task OrderAsync_BlendsCosineIntoOfflineScore()
    {
        // 0.8 × (1 + 0.5 × 1) = 1.2 beats 1.0 and 0.9, whose cosine is 0.
        var order = await Ranker(weight: 0.5).OrderAsync(Seeks, Candidates, new EmbeddingCache(), CancellationToken.None);

        Assert.Equal([2, 0, 1], order);
        Assert.Equal(7, Counter("culturehub_llm_tokens_in_total{step=\"embed\"}"));
    }

    [Fact]
    public async Task OrderAsync_SmallWeight_CannotOvertakeAClearOfflineLead()
    {
        // 0.8 × (1 + 0.1) = 0.88 stays behind 0.9.
        var order = await Ranker(weight: 0.1).OrderAsync(Seeks, Candidates, new EmbeddingCache(), CancellationToken.None);

        Assert.Equal([0, 1, 2], order);
    }

    [Fact]
    public async Task OrderAsync_SameTextsInOneRound_AreEmbeddedOnce()
    {
        var ranker = Ranker(weight: 0.5);
        var cache = new EmbeddingCache();

        await ranker.OrderAsync(Seeks, Candidates, cache, CancellationToken.None);
        await ranker.OrderAsync(Seeks, Candidates.Reverse().ToList(), cache, CancellationToken.None);

        var batch = Assert.Single(_generator.Calls);
        Assert.Equal([Seeks, "Gitarre", "Bass", "Schlagzeug"], batch);
    }

    [Fact]
    public async Task OrderAsync_GeneratorThrows_ReturnsNull_CountsFallback_AndStopsForTheRound()
    {
        _generator.Failure = new HttpRequestException("connection refused");
        var ranker = Ranker(weight: 0.5);
        var cache = new EmbeddingCache();

        var first = await ranker.OrderAsync(Seeks, Candidates, cache, CancellationToken.None);
        var second = await ranker.OrderAsync("Bassist gesucht", Candidates, cache, CancellationToken.None);

        Assert.Null(first);
        Assert.Null(second);
        Assert.Single(_generator.Calls);
        Assert.Equal(1, Counter("culturehub_llm_fallbacks_total{step=\"embed\"}"));
    }

    [Fact]
    public async Task OrderAsync_VectorsOfDifferentLengths_AreMalformed_AndKeepOfflineOrder()
    {
        _generator.Vectors = text => text == "Bass" ? [1, 0, 0] : [1, 0];

        var order = await Ranker(weight: 0.5).OrderAsync(Seeks, Candidates, new EmbeddingCache(), CancellationToken.None);

        Assert.Null(order);
        Assert.Equal(1, Counter("culturehub_llm_fallbacks_total{step=\"embed\"}"));
    }

    [Fact]
    public async Task OrderAsync_NothingToCompare_SendsNothing()
    {
        var ranker = Ranker(weight: 0.5);

        Assert.Null(await ranker.OrderAsync("  ", Candidates, new EmbeddingCache(), CancellationToken.None));
        Assert.Null(await ranker.OrderAsync(Seeks, [Candidates[0]], new EmbeddingCache(), CancellationToken.None));
        Assert.Empty(_generator.Calls);
    }

    [Theory]
    [InlineData(new float[] { 1, 0 }, new float[] { 1, 0 }, 1.0)]
    [InlineData(new float[] { 1, 0 }, new float[] { 0, 3 }, 0.0)]
    [InlineData(new float[] { 2, 0 }, new float[] { -1, 0 }, -1.0)]
    [InlineData(new float[] { 0, 0 }, new float[] { 1, 0 }, 0.0)]
    public void Cosine_KnownVectors(float[] a, float[] b, double expected) =>
        Assert.Equal(expected, EmbeddingRanker.Cosine(a, b), precision: 6);

    private EmbeddingRanker Ranker(double weight) => new(
        _generator, new LlmUsage(new CultureHubMetrics(_recorder), NullLogger<LlmUsage>.Instance), Options.Create(new LlmOptions { EmbeddingWeight = weight }));

    private long Counter(string series) => _recorder.Counter(series);

    /// <summary>A hand-written generator: vectors by text, every batch recorded, usage reported as the API does.</summary>
    private sealed class ScriptedEmbeddings : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Func<string, float[]> Vectors { get; set; } = _ => [1];

        public Exception? Failure { get; set; }

        public List<IReadOnlyList<string>> Calls { get; } = [];

        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
            IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            var batch = values.ToList();
            Calls.Add(batch);
            if (Failure is not null)
            {
                return Task.FromException<GeneratedEmbeddings<Embedding<float>>>(Failure);
            }

            var embeddings = new GeneratedEmbeddings<Embedding<float>>(batch.Select(v => new Embedding<float>(Vectors(v))))
            {
                Usage = new UsageDetails { InputTokenCount = 7, TotalTokenCount = 7 },
            };
            return Task.FromResult(embeddings);
        }

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
