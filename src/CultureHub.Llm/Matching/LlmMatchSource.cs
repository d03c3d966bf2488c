using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using Microsoft.Extensions.Options;

namespace CultureHub.Llm.Matching;

/// <summary>
/// The offline matcher, re-ranked by the model. The offline matcher decides who may be proposed
/// (blocked, paused, already introduced, fairness caps); the model only re-orders that list and
/// writes the reasons. Members who did not allow the model are never sent to it and keep their place.
/// When an embedding model is configured, its similarity re-orders the list first; the chat re-rank then
/// starts from that order, and keeps it when the chat model fails.
/// </summary>
public sealed class LlmMatchSource(
    IMatchSource offline, CandidateRanker ranker, IntroductionWriter writer, IOptions<LlmOptions> options, EmbeddingRanker? embeddings = null) : IMatchSource
{
    public async Task<IReadOnlyList<MatchCandidate>> RoundAsync(
        IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, MatchRoundLimits limits, CancellationToken cancellationToken)
    {
        var pairs = await offline.RoundAsync(members, isExcluded, limits, cancellationToken);
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var result = new List<MatchCandidate>(pairs.Count);
        var cache = new EmbeddingCache();
        foreach (var group in pairs.GroupBy(p => p.MemberId, StringComparer.Ordinal))
        {
            var ordered = await RerankAsync(byId[group.Key], group.ToList(), byId, cache, cancellationToken);
            foreach (var match in ordered)
            {
                result.Add(await writer.WriteAsync(match, byId[match.MemberId], byId[match.CandidateId], cancellationToken));
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<MatchCandidate>> ForMemberAsync(
        Member member, IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, int top, CancellationToken cancellationToken)
    {
        var pool = await offline.ForMemberAsync(member, members, isExcluded, Math.Max(top, options.Value.RerankTopK), cancellationToken);
        var byId = members.Append(member).DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        var ordered = await RerankAsync(member, pool, byId, new EmbeddingCache(), cancellationToken);
        var result = new List<MatchCandidate>();
        foreach (var match in ordered.Take(top))
        {
            result.Add(await writer.WriteAsync(match, member, byId[match.CandidateId], cancellationToken));
        }

        return result;
    }

    /// <summary>The model reads nobody ahead: only the offline index has anything to warm.</summary>
    public Task<int> WarmUpAsync(IReadOnlyList<Member> members, CancellationToken cancellationToken) =>
        offline.WarmUpAsync(members, cancellationToken);

    /// <summary>Re-orders the candidates who allowed the model among the places they hold; the others stay where they are.</summary>
    private async Task<IReadOnlyList<MatchCandidate>> RerankAsync(
        Member seeker, IReadOnlyList<MatchCandidate> pool, IReadOnlyDictionary<string, Member> byId, EmbeddingCache cache, CancellationToken cancellationToken)
    {
        if (!seeker.Consent.AllowsLlm)
        {
            return pool;
        }

        var slots = Enumerable.Range(0, pool.Count).Where(i => byId[pool[i].CandidateId].Consent.AllowsLlm).ToList();
        var movable = slots.Select(i => pool[i]).ToList();
        movable = await BlendAsync(seeker, movable, byId, cache, cancellationToken);
        var candidates = movable.Select(c => new RankCandidate(RankProfile.From(byId[c.CandidateId]), c.WhyForMember)).ToList();
        var choices = await ranker.RankAsync(RankProfile.From(seeker), candidates, cancellationToken);
        if (choices is null)
        {
            return Place(pool, slots, movable);
        }

        return Place(pool, slots, choices.Select(c => movable[c.Index] with { WhyForMember = c.Reason ?? movable[c.Index].WhyForMember }).ToList());
    }

    /// <summary>The consenting candidates in the embedding model's order; unchanged without one or when it fails.</summary>
    private async Task<List<MatchCandidate>> BlendAsync(
        Member seeker, List<MatchCandidate> movable, IReadOnlyDictionary<string, Member> byId, EmbeddingCache cache, CancellationToken cancellationToken)
    {
        if (embeddings is null)
        {
            return movable;
        }

        var candidates = movable.Select(c => new EmbeddingCandidate(byId[c.CandidateId].Offers, c.Score)).ToList();
        var order = await embeddings.OrderAsync(seeker.Seeks, candidates, cache, cancellationToken);
        return order is null ? movable : order.Select(i => movable[i]).ToList();
    }

    /// <summary>The pool with <paramref name="moved"/> put into the slots of the consenting candidates, in order.</summary>
    private static List<MatchCandidate> Place(IReadOnlyList<MatchCandidate> pool, IReadOnlyList<int> slots, IReadOnlyList<MatchCandidate> moved)
    {
        var result = pool.ToList();
        for (var k = 0; k < slots.Count; k++)
        {
            result[slots[k]] = moved[k];
        }

        return result;
    }
}
