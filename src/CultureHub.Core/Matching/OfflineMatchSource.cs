using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Matching;

/// <summary>
/// The offline matcher behind the introductions: an index over the members of this round, the
/// complementary scorer, and for each pair a reason for both sides in their own language.
/// </summary>
public sealed class OfflineMatchSource(CompetenceTaxonomy taxonomy, ProfileReader reader, ExplanationTemplates templates, TextCatalog texts) : IMatchSource
{
    public Task<IReadOnlyList<MatchCandidate>> RoundAsync(
        IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, MatchRoundLimits limits, CancellationToken cancellationToken)
    {
        var (matcher, byId) = Build(members);
        var round = matcher.Round(new MatchRoundOptions
        {
            MaxProposalsPerMember = members.Count == 0 ? 1 : members.Max(m => limits.ProposalsFor(m.Id)),
            MaxTimesProposed = limits.MaxTimesProposed,
            IsExcluded = isExcluded,
        });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<MatchCandidate>();
        foreach (var (memberId, suggestions) in round.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var suggestion in suggestions.Take(limits.ProposalsFor(memberId)))
            {
                if (seen.Add(Introduction.PairKey(memberId, suggestion.CandidateId)))
                {
                    result.Add(Candidate(matcher, byId, byId[memberId], suggestion));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<MatchCandidate>>(result);
    }

    public Task<IReadOnlyList<MatchCandidate>> ForMemberAsync(
        Member member, IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, int top, CancellationToken cancellationToken)
    {
        var everyone = members.Any(m => m.Id == member.Id) ? members : [.. members, member];
        var (matcher, byId) = Build(everyone);
        IReadOnlyList<MatchCandidate> found = matcher.TopFor(member.Id, top, isExcluded)
            .Select(s => Candidate(matcher, byId, member, s))
            .ToList();
        return Task.FromResult(found);
    }

    private (ComplementaryMatcher Matcher, Dictionary<string, Member> ById) Build(IReadOnlyList<Member> members)
    {
        var profiles = members.Select(m => MatchProfile.From(m, reader)).ToList();
        return (new ComplementaryMatcher(new MatchIndex(profiles, taxonomy), templates), members.ToDictionary(m => m.Id, StringComparer.Ordinal));
    }

    private MatchCandidate Candidate(ComplementaryMatcher matcher, Dictionary<string, Member> byId, Member member, MatchSuggestion suggestion)
    {
        var candidate = byId[suggestion.CandidateId];
        var reverse = matcher.Explain(candidate.Id, member.Id);
        var whyForCandidate = reverse?.Why
            ?? texts.Format(candidate.Language, "intro.why_reverse", member.DisplayName, Shorten(member.Seeks));
        var isCrossSector = member.Sectors.Count > 0 && candidate.Sectors.Count > 0 && !member.Sectors.Intersect(candidate.Sectors).Any();
        return new MatchCandidate(member.Id, candidate.Id, suggestion.Score, suggestion.IsMutual, isCrossSector, suggestion.Why, whyForCandidate)
        {
            NeedId = suggestion.NeedId,
            OfferId = suggestion.OfferId,
            DistanceKm = suggestion.DistanceKm,
        };
    }

    private static string Shorten(string text) => text.Length <= 160 ? text : text[..157] + "…";
}
