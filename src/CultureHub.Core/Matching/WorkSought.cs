namespace CultureHub.Core.Matching;

/// <summary>
/// Paid work of a kind: "Sprechaufträge", "DJ-Gigs", "voice-over or dubbing jobs", "Aufträge als Fotografin",
/// "gigs as a drummer". Whoever seeks such work offers that kind of work: their need is clients, not someone
/// who does it. The kind may be a compound's first part, the word right before the job noun (with what is
/// listed before it), or what follows the job noun and "als/as".
/// </summary>
internal sealed class WorkSought(ReadingCues cues, CompetenceTaxonomy taxonomy)
{
    /// <returns>For each hit, whether it names the kind of work sought (or is the job noun read as another need).</returns>
    public bool[] Find(IReadOnlyList<PatternHit> hits, TokenPositions positions, TextLayout layout)
    {
        var isWork = new bool[hits.Count];
        for (var p = 0; p < positions.Count; p++)
        {
            var isCompound = cues.Jobs.EndsCompoundAt(positions, p);
            if (!isCompound && !cues.Jobs.IsAt(positions, p))
            {
                continue;
            }

            var kinds = new List<int>();
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                // "Engagements als Vorband": after "als/as" a group is what the member is; before a job noun it is whom the job is for.
                var isKind = IsCraft(hit) && !ServesJobNeed(hits, hit, p)
                    && ((isCompound && hit.Start == p && hit.End == p) || (hit.End == p - 1 && layout.ClauseOf(hit.Start) == layout.ClauseOf(p)));
                if (isKind || (IsCraftOrGroup(hit) && IsCapacityAfter(positions, layout, p, hit.Start)))
                {
                    kinds.Add(i);
                }
            }

            foreach (var i in kinds.ToList())
            {
                kinds.AddRange(ListedBefore(hits, i, positions, layout));
            }

            for (var i = 0; i < hits.Count; i++)
            {
                // Both languages read the same words: the twin of a kind is the same kind.
                isWork[i] |= kinds.Exists(k => hits[k].Start == hits[i].Start && hits[k].End == hits[i].End && IsCraftOrGroup(hits[i]));
            }

            if (kinds.Count > 0)
            {
                // "gigs" read on its own as a place to play is this work; "Aufträge" read as clients stays.
                for (var i = 0; i < hits.Count; i++)
                {
                    isWork[i] |= hits[i].Start == p && hits[i].End == p && !kinds.Contains(i) && taxonomy.Find(hits[i].Pattern.TargetId) is { IsReverse: false };
                }
            }
        }

        return isWork;
    }

    /// <summary>"… Aufträge als (eine) Fotografin", "jobs as a sound engineer".</summary>
    private bool IsCapacityAfter(TokenPositions positions, TextLayout layout, int job, int start)
    {
        var p = job + 1;
        if (p >= positions.Count || !cues.Capacity.IsAt(positions, p) || layout.ClauseOf(p) != layout.ClauseOf(job))
        {
            return false;
        }

        p++;
        if (p < positions.Count && cues.Articles.IsAt(positions, p))
        {
            p++;
        }

        return start == p;
    }

    /// <summary>"voice-over or dubbing gigs", "Synchron- und Sprechaufträge": crafts listed right before name the same work.</summary>
    private IEnumerable<int> ListedBefore(IReadOnlyList<PatternHit> hits, int i, TokenPositions positions, TextLayout layout)
    {
        var start = hits[i].Start;
        for (var j = i - 1; j >= 0; j--)
        {
            var before = hits[j];
            if (before.End >= start || layout.ClauseOf(before.End) != layout.ClauseOf(start))
            {
                continue;
            }

            var gap = Enumerable.Range(before.End + 1, start - before.End - 1).ToList();
            var isListed = gap.Count <= 1 && gap.All(q => cues.Joins.IsAt(positions, q)) && (gap.Count == 1 || layout.HasCommaBefore(start));
            if (!isListed || !IsCraft(before))
            {
                yield break;
            }

            yield return j;
            start = before.Start;
        }
    }

    /// <summary>"Bar-Gigs" are gigs at a bar: a place that itself offers what the job noun reads as names where, not the craft.</summary>
    private bool ServesJobNeed(IReadOnlyList<PatternHit> hits, PatternHit hit, int job) =>
        taxonomy.Find(hit.Pattern.TargetId) is { } kind
        && hits.Any(h => h.Start == job && h.End == job && h != hit && kind.Serves.Contains(h.Pattern.TargetId, StringComparer.Ordinal));

    private bool IsCraft(PatternHit hit) => taxonomy.Find(hit.Pattern.TargetId) is { Kind: EntryKind.Competence, IsGroup: false };

    private bool IsCraftOrGroup(PatternHit hit) => taxonomy.Find(hit.Pattern.TargetId) is { Kind: EntryKind.Competence or EntryKind.Need, IsReverse: false };
}
