using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Matching;

/// <summary>
/// The offline matcher behind the introductions: an index over the members of this round, the
/// complementary scorer, and for each pair a reason for both sides in their own language.
/// One member's matches (<c>/match</c>) come from the community's index that is kept current instead
/// of rebuilt per call (<see cref="CommunityIndex"/>); the weekly round gets an index of its own.
/// </summary>
public sealed class OfflineMatchSource(CommunityIndex community, ExplanationTemplates templates, TextCatalog texts) : IMatchSource
{
    public Task<IReadOnlyList<MatchCandidate>> RoundAsync(
        IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, MatchRoundLimits limits, CancellationToken cancellationToken)
    {
        var matcher = new ComplementaryMatcher(community.Build(members), templates);
        var byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
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
                    result.Add(Candidate(matcher, byId[memberId], byId[suggestion.CandidateId], suggestion));
                }
            }
        }

        return Task.FromResult<IReadOnlyList<MatchCandidate>>(result);
    }

    public Task<IReadOnlyList<MatchCandidate>> ForMemberAsync(
        Member member, IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, int top, CancellationToken cancellationToken)
    {
        var everyone = members.Any(m => m.Id == member.Id) ? members : [.. members, member];
        return Task.FromResult(community.Ask(everyone, (index, find) => TopFor(new ComplementaryMatcher(index, templates), member, find, isExcluded, top)));
    }

    /// <summary>Only a community large enough for the kept index has anything to read ahead.</summary>
    public Task<int> WarmUpAsync(IReadOnlyList<Member> members, CancellationToken cancellationToken) =>
        Task.FromResult(community.WarmUp(members));

    private IReadOnlyList<MatchCandidate> TopFor(
        ComplementaryMatcher matcher, Member member, Func<string, Member?> find, Func<string, string, bool> isExcluded, int top) =>
        matcher.TopFor(member.Id, top, isExcluded)
            .Select(s => Candidate(matcher, member, find(s.CandidateId)!, s))
            .ToList();

    private MatchCandidate Candidate(ComplementaryMatcher matcher, Member member, Member candidate, MatchSuggestion suggestion)
    {
        var reverse = matcher.Explain(candidate.Id, member.Id);
        var whyForCandidate = reverse?.Why
            ?? texts.Format(candidate.Language, TextKeys.IntroWhyReverse, MemberNames.CallName(member), Shorten(member.Seeks));
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
