using System.Globalization;
using System.Text.Json.Serialization;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Llm.Matching;

/// <summary>A profile as the model sees it: the member's own words, no ids, no contact data.</summary>
public sealed record RankProfile(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonIgnore] Language Language,
    [property: JsonPropertyName("town")] string? Town,
    [property: JsonPropertyName("sectors")] IReadOnlyList<string> Sectors,
    [property: JsonPropertyName("offers")] string Offers,
    [property: JsonPropertyName("seeks")] string Seeks)
{
    public static RankProfile From(Member member) => new(
        member.DisplayName, member.Language, member.Town?.Place?.Name ?? member.Town?.Text, member.Sectors.Select(s => s.Id()).ToList(), member.Offers, member.Seeks);
}

/// <summary>One candidate the offline matcher proposed, with its offline reason.</summary>
public sealed record RankCandidate(RankProfile Profile, string OfflineReason);

/// <summary>A position in the new order: the index into the offline list, and the model's reason for the seeker.</summary>
public sealed record RankChoice(int Index, string? Reason);

/// <summary>
/// Re-orders the offline matcher's candidates through <c>prompts/rerank.yaml</c>. It can only
/// re-order: ids the model invents are dropped, candidates it leaves out keep their offline order after the rest.
/// </summary>
public sealed class CandidateRanker(LanguageModelClient client, LlmUsage usage)
{
    public const string Step = LlmSteps.Rerank;

    /// <summary>A permutation of the candidates' indexes, best first; null keeps the offline order.</summary>
    public async Task<IReadOnlyList<RankChoice>?> RankAsync(RankProfile seeker, IReadOnlyList<RankCandidate> candidates, CancellationToken cancellationToken)
    {
        if (candidates.Count < 2)
        {
            return null;
        }

        var keys = candidates.Select((_, i) => Key(i)).ToList();
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["language"] = LanguageNames.Of(seeker.Language),
            ["seeker"] = LanguageModelClient.Encode(seeker),
            ["candidates"] = LanguageModelClient.Encode(candidates.Select((c, i) => new CandidateData(keys[i], c.Profile, c.OfflineReason)).ToList()),
        };
        var reply = await client.AskAsync<RerankReply>(Step, variables, cancellationToken);
        if (reply?.Ranking is not { } ranking)
        {
            return null;
        }

        var chosen = new List<RankChoice>();
        var refused = 0;
        foreach (var item in ranking)
        {
            var index = keys.IndexOf(item.Id ?? string.Empty);
            if (index >= 0 && chosen.All(c => c.Index != index))
            {
                chosen.Add(new RankChoice(index, ModelReasons.Accept(item.Reason)));
                refused += item.Reason is { } reason && ModelReasons.HasContactData(reason) ? 1 : 0;
            }
        }

        usage.CountDropped(Step, ranking.Count - chosen.Count);
        usage.CountRefusedReasons(Step, refused);
        if (chosen.Count == 0)
        {
            usage.CountFallback(Step, "no_known_ids");
            return null;
        }

        chosen.AddRange(Enumerable.Range(0, candidates.Count).Where(i => chosen.All(c => c.Index != i)).Select(i => new RankChoice(i, null)));
        return chosen;
    }

    private static string Key(int index) => string.Create(CultureInfo.InvariantCulture, $"c{index + 1}");

    private sealed record CandidateData(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("profile")] RankProfile Profile,
        [property: JsonPropertyName("offline_reason")] string OfflineReason);
}

public sealed record RerankReply([property: JsonPropertyName("ranking")] IReadOnlyList<RankedItem>? Ranking);

public sealed record RankedItem(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("reason")] string? Reason);
