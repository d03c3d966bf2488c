using CultureHub.Core.Chat;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm.Matching;

/// <summary>One offline candidate as the embedding step sees it: their offers text and the offline score.</summary>
public sealed record EmbeddingCandidate(string Offers, double Score);

/// <summary>
/// Vectors already fetched in one matching round, by text, so a candidate who appears for several seekers
/// is embedded once. After a failure the round stops asking: the offline order stands for the rest of it.
/// </summary>
public sealed class EmbeddingCache
{
    internal Dictionary<string, ReadOnlyMemory<float>> Vectors { get; } = new(StringComparer.Ordinal);

    internal bool HasFailed { get; set; }
}

/// <summary>
/// Blends the embedding model's similarity between the seeker's "looking for" text and each candidate's
/// "offers" text into the offline score: score × (1 + weight × cosine). It only re-orders the list it is given.
/// </summary>
public sealed class EmbeddingRanker(IEmbeddingGenerator<string, Embedding<float>> generator, LlmUsage usage, IOptions<LlmOptions> options)
{
    public const string Step = LlmSteps.Embed;

    /// <summary>A permutation of the candidates' indexes, best first; null keeps the offline order.</summary>
    public async Task<IReadOnlyList<int>?> OrderAsync(
        string seeks, IReadOnlyList<EmbeddingCandidate> candidates, EmbeddingCache cache, CancellationToken cancellationToken)
    {
        if (candidates.Count < 2 || string.IsNullOrWhiteSpace(seeks) || cache.HasFailed)
        {
            return null;
        }

        var texts = candidates.Select(c => c.Offers.Trim()).Prepend(seeks.Trim()).Where(t => t.Length > 0).ToList();
        if (!await FetchAsync(texts, cache, cancellationToken))
        {
            return null;
        }

        var seeker = cache.Vectors[seeks.Trim()];
        var weight = options.Value.EmbeddingWeight;
        return candidates
            .Select((c, i) => (Index: i, Score: c.Score * (1 + (weight * Similarity(seeker, c.Offers.Trim(), cache)))))
            .OrderByDescending(x => x.Score)
            .Select(x => x.Index)
            .ToList();
    }

    private async Task<bool> FetchAsync(IReadOnlyList<string> texts, EmbeddingCache cache, CancellationToken cancellationToken)
    {
        var missing = texts.Where(t => !cache.Vectors.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return true;
        }

        usage.CountRequest(Step);
        try
        {
            var generated = await generator.GenerateAsync(missing, cancellationToken: cancellationToken);
            usage.CountTokens(Step, generated.Usage);
            var dimensions = generated.Count > 0 ? generated[0].Vector.Length : 0;
            if (generated.Count != missing.Count || dimensions == 0 || generated.Any(e => e.Vector.Length != dimensions)
                || cache.Vectors.Values.Any(v => v.Length != dimensions))
            {
                return Fail(cache, "malformed");
            }

            for (var i = 0; i < missing.Count; i++)
            {
                cache.Vectors[missing[i]] = generated[i].Vector;
            }

            return true;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(cache, LanguageModelClient.Reason(exception));
        }
    }

    private bool Fail(EmbeddingCache cache, string reason)
    {
        cache.HasFailed = true;
        usage.CountFallback(Step, reason);
        return false;
    }

    private static double Similarity(ReadOnlyMemory<float> seeker, string offers, EmbeddingCache cache) =>
        offers.Length > 0 && cache.Vectors.TryGetValue(offers, out var vector) ? Cosine(seeker.Span, vector.Span) : 0;

    /// <summary>Zero for a zero vector or a non-finite answer, so a strange vector never moves anyone.</summary>
    internal static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        double dot = 0, normA = 0, normB = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * (double)b[i];
            normA += a[i] * (double)a[i];
            normB += b[i] * (double)b[i];
        }

        var cosine = dot / Math.Sqrt(normA * normB);
        return double.IsFinite(cosine) ? Math.Clamp(cosine, -1, 1) : 0;
    }
}
