namespace CultureHub.Core.Matching;

/// <summary>
/// Proposes introductions: who serves a member's needs (and whom the member serves), near enough
/// where it matters, never the member themself, paused members or excluded pairs.
/// </summary>
public sealed class ComplementaryMatcher(MatchIndex index, ExplanationTemplates templates)
{
    private readonly PairScorer _scorer = new(index.Codes);
    private readonly SuggestionWriter _writer = new(index.Codes, templates);

    /// <summary>The member's best <paramref name="top"/> candidates, best first; empty for unknown or paused members.</summary>
    public IReadOnlyList<MatchSuggestion> TopFor(string memberId, int top, Func<string, string, bool>? isExcluded = null)
    {
        var member = index.Compiled(memberId);
        if (member is null || member.Profile.IsPaused || top <= 0)
        {
            return [];
        }

        var ranked = NeedCoverage.Order(Rank(member, top + NeedCoverage.Pool, isExcluded), top);
        return ranked.Select(s => _writer.Write(member, index[s.Candidate], s)).ToList();
    }

    /// <summary>
    /// How <paramref name="candidateId"/> fits <paramref name="memberId"/>, scored for that one pair only
    /// (the reason shown to the other side of a proposal); null when the pair has no fit that way round.
    /// </summary>
    public MatchSuggestion? Explain(string memberId, string candidateId)
    {
        var member = index.Compiled(memberId);
        var candidate = index.Compiled(candidateId);
        if (member is null || candidate is null || member.Index == candidate.Index)
        {
            return null;
        }

        var score = _scorer.Score(member, candidate);
        return score.Score > 0 ? _writer.Write(member, candidate, score) : null;
    }

    /// <summary>
    /// A whole round: every seeking member gets at most <see cref="MatchRoundOptions.MaxProposalsPerMember"/> proposals,
    /// and nobody is proposed more than <see cref="MatchRoundOptions.MaxTimesProposed"/> times. The best pairs are placed first.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<MatchSuggestion>> Round(MatchRoundOptions options)
    {
        var perMember = Math.Max(1, options.MaxProposalsPerMember);
        var seekers = index.Profiles.Where(p => p.IsSeeking && !p.Profile.IsPaused).ToArray();
        var ranked = new List<PairScore>[seekers.Length];
        Parallel.For(0, seekers.Length, i => ranked[i] = Rank(seekers[i], perMember * 4, options.IsExcluded));

        var pairs = seekers.SelectMany((s, i) => ranked[i].Select(p => (Member: s.Index, Pair: p)))
            .OrderByDescending(x => x.Pair.Score).ThenBy(x => x.Member).ToList();
        var given = new int[index.Capacity];
        var proposed = new int[index.Capacity];
        var result = new Dictionary<string, List<MatchSuggestion>>(StringComparer.Ordinal);
        foreach (var (memberIndex, pair) in pairs)
        {
            if (given[memberIndex] >= perMember || proposed[pair.Candidate] >= options.MaxTimesProposed)
            {
                continue;
            }

            given[memberIndex]++;
            proposed[pair.Candidate]++;
            var member = index[memberIndex];
            if (!result.TryGetValue(member.Profile.Id, out var list))
            {
                result[member.Profile.Id] = list = [];
            }

            list.Add(_writer.Write(member, index[pair.Candidate], pair));
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<MatchSuggestion>)kv.Value, StringComparer.Ordinal);
    }

    private List<PairScore> Rank(CompiledProfile member, int top, Func<string, string, bool>? isExcluded)
    {
        var seen = new HashSet<int>();
        var best = new PriorityQueue<PairScore, PairScore>(top + 1, Worse);
        index.Candidates(member, candidate =>
        {
            if (candidate == member.Index || !seen.Add(candidate))
            {
                return;
            }

            var other = index[candidate];
            if (other.Profile.IsPaused || IsExcluded(isExcluded, member.Profile.Id, other.Profile.Id))
            {
                return;
            }

            var score = _scorer.Score(member, other);
            if (score.Score <= 0)
            {
                return;
            }

            best.Enqueue(score, score);
            if (best.Count > top)
            {
                best.Dequeue();
            }
        });

        var ranked = new List<PairScore>(best.Count);
        while (best.Count > 0)
        {
            ranked.Add(best.Dequeue());
        }

        ranked.Reverse();
        return ranked;
    }

    /// <summary>Orders pairs worst first: lower score, then farther, then the later id.</summary>
    private IComparer<PairScore> Worse => Comparer<PairScore>.Create((a, b) =>
    {
        var byScore = a.Score.CompareTo(b.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = (b.DistanceKm ?? double.MaxValue).CompareTo(a.DistanceKm ?? double.MaxValue);
        return byDistance != 0 ? byDistance
            : string.CompareOrdinal(index[b.Candidate].Profile.Id, index[a.Candidate].Profile.Id);
    });

    private static bool IsExcluded(Func<string, string, bool>? isExcluded, string a, string b) =>
        isExcluded is not null && (isExcluded(a, b) || isExcluded(b, a));
}
