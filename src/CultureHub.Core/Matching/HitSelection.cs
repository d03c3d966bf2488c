namespace CultureHub.Core.Matching;

/// <summary>
/// Chooses among overlapping hits: longer phrases beat their words, whole words beat parts of
/// compounds, and a compound part is dropped when a longer part at the same place contains it
/// ("Tontechnikerin" is a Tontechniker, not also a Techniker). A word a phrase only stepped over stays free
/// for a term of its own: "spiele Gitarre, Bass" is guitar and bass, not a bass that swallowed the guitar.
/// </summary>
internal static class HitSelection
{
    public static List<PatternHit> Select(List<PatternHit> hits)
    {
        var ordered = hits
            .OrderByDescending(h => h.End - h.Start)
            .ThenBy(h => h.IsViaSubword)
            .ThenByDescending(h => h.Pattern.Length)
            .ToList();
        var taken = new HashSet<int>();
        var partsAt = new Dictionary<int, List<string>>();
        var chosen = new List<PatternHit>();
        PatternHit? previous = null;
        foreach (var hit in ordered)
        {
            if (previous is { } p && IsSameSpan(p, hit) && chosen.Contains(p))
            {
                chosen.Add(hit);
                continue;
            }

            previous = hit;
            if (IsTaken(taken, hit))
            {
                continue;
            }

            if (!hit.IsViaSubword)
            {
                for (var i = hit.Start; i <= hit.End; i++)
                {
                    if (hit.Covers(i))
                    {
                        taken.Add(i);
                    }
                }

                chosen.Add(hit);
                continue;
            }

            if (!partsAt.TryGetValue(hit.Start, out var parts))
            {
                partsAt[hit.Start] = parts = [];
            }

            if (parts.Any(part => part.Length > hit.Surface.Length && part.Contains(hit.Surface, StringComparison.Ordinal)))
            {
                continue;
            }

            parts.Add(hit.Surface);
            chosen.Add(hit);
        }

        return chosen;
    }

    private static bool IsTaken(HashSet<int> taken, PatternHit hit)
    {
        for (var i = hit.Start; i <= hit.End; i++)
        {
            if (hit.Covers(i) && taken.Contains(i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSameSpan(PatternHit a, PatternHit b) =>
        a.Start == b.Start && a.End == b.End && a.IsViaSubword == b.IsViaSubword
        && a.Pattern.Length == b.Pattern.Length && a.Surface == b.Surface;
}
