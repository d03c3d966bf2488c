namespace CultureHub.Core.Matching;

/// <summary>
/// What the form of a word tells the reader, before its clause is read: a homograph ("Bände") or a word
/// inside a name is no term at all, a plural group in an offer ("fotografiere Bands", "betreue drei Bands")
/// names clients unless the member plays in them ("spiele in zwei Bands"), and an article after a verb is
/// no separable particle ("spielen wir ein Stück" is not "spielen … ein", to record parts).
/// Word parts inside chance spellings ("gemacht") and truncated compounds ("Label-") are the analyser's.
/// </summary>
internal sealed class WordShapes(ReadingCues cues, CompetenceTaxonomy taxonomy)
{
    private const int MembershipReach = 3;
    private static readonly HashSet<string> InflectionEndings = new(StringComparer.Ordinal) { "e", "n", "s", "en", "er", "es", "em", "ern", "ens" };

    /// <summary>Whether the hit is no reading of the term at all.</summary>
    public bool IsNoTerm(PatternHit hit, TokenPositions positions, TextLayout layout, int[] names) =>
        cues.Homographs.IsAt(hit, positions, layout)
        || (names[hit.Start] > 0 && (hit.IsViaSubword || names[hit.Start] > 1))
        || IsArticleForParticle(hit, positions, layout);

    /// <summary>A plural of a group one joins, not joined: in an offer, those are whom the member works for.</summary>
    public bool IsClientGroup(PatternHit hit, TokenPositions positions, TextLayout layout)
    {
        if (taxonomy.Find(hit.Pattern.TargetId)?.IsGroup != true || !IsPlural(hit, positions))
        {
            return false;
        }

        var clause = layout.ClauseOf(hit.Start);
        for (var p = hit.Start - 1; p >= Math.Max(0, hit.Start - MembershipReach) && layout.ClauseOf(p) == clause; p--)
        {
            if (cues.Membership.IsAt(positions, p))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// An inflected group word is, all but always, its plural ("Bands", "Chöre", "choirs"): the word it stands
    /// in goes on past the stem it met by an ending, not by another word ("Bandfotos").
    /// </summary>
    private static bool IsPlural(PatternHit hit, TokenPositions positions)
    {
        if (hit.Pattern.Steps is not [{ IsPrefix: false } step])
        {
            return false;
        }

        var word = positions[hit.Start].FirstOrDefault(t => !t.IsSubword)?.Surface ?? hit.Surface;
        foreach (var form in (string[])[hit.Surface, word])
        {
            var at = form.LastIndexOf(step.Value, StringComparison.Ordinal);
            if (at >= 0 && InflectionEndings.Contains(form[(at + step.Value.Length)..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A separable particle ends its clause ("ich spiele Parts ein."); an article has its noun after it.</summary>
    private bool IsArticleForParticle(PatternHit hit, TokenPositions positions, TextLayout layout)
    {
        if (hit.Pattern.Steps.Length < 2 || hit.End == hit.Start || !cues.Articles.IsAt(positions, hit.End))
        {
            return false;
        }

        var next = hit.End + 1;
        return next < positions.Count && layout.ClauseOf(next) == layout.ClauseOf(hit.End) && !layout.HasCommaBefore(next);
    }
}
