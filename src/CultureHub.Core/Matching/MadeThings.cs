namespace CultureHub.Core.Matching;

/// <summary>
/// What a member builds or mends is their product, not their craft: "ich baue Gitarren und Ukulelen" makes
/// instruments and plays neither, "I build synthesizers" makes no electronic music. Only instruments change
/// sense this way; for other things the making is the craft itself ("baue Websites", "baue Bühnenbilder").
/// </summary>
internal sealed class MadeThings(ReadingCues cues, CompetenceTaxonomy taxonomy, MusicWords music)
{
    private const int VerbReach = 6;

    /// <summary>Whether the hit is an instrument that a making verb before it, in the same predicate, has as its object.</summary>
    public bool IsProduct(IReadOnlyList<PatternHit> hits, int i, TokenPositions positions, TextLayout layout)
    {
        var hit = hits[i];
        // A phrasing that holds its own verb ("spiele * Bass") is a predicate, not an object.
        if (!music.IsInstrument(taxonomy.Find(hit.Pattern.TargetId)) || layout.StartsLower(hit.Start)
            || cues.LightVerbs.AnyIn(positions, hit.Start, hit.End))
        {
            return false;
        }

        var from = Math.Max(layout.ClauseStart(hit.Start), hit.Start - VerbReach);
        for (var p = hit.Start - 1; p >= from; p--)
        {
            if (cues.Making.IsAt(positions, p))
            {
                return true;
            }

            // "… und spiele Bass", "… and teach guitar": a new predicate of the member's own.
            if (cues.LightVerbs.IsAt(positions, p) || (cues.Joins.IsAt(positions, p) && StartsPredicate(hits, positions, p + 1)))
            {
                return false;
            }
        }

        return false;
    }

    private bool StartsPredicate(IReadOnlyList<PatternHit> hits, TokenPositions positions, int p) =>
        p < positions.Count && !cues.Articles.IsAt(positions, p) && !hits.Any(h => h.Start == p);
}
