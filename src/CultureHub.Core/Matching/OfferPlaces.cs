namespace CultureHub.Core.Matching;

/// <summary>
/// Where a thing named in an offer stands to the member's work, read from German word order: a place after a
/// verb and "in/im" is where they work, and a thing after a fronted role, a verb and the member ("Als Architekt
/// baue ich Scheunen um") is what their work is done to.
/// </summary>
internal sealed class OfferPlaces(ReadingCues cues, CompetenceTaxonomy taxonomy)
{
    private const int LikingReach = 3;

    /// <summary>
    /// "Ich helfe im Jugendzentrum", "meistens spielen wir in Kneipen", "we play in pubs": a place after a verb and
    /// "in/im" is where the member works, not what they are (English marks no verb by a small letter, so there only
    /// a light verb does); a group there is one they belong to ("spiele in einer Band").
    /// </summary>
    /// <param name="isAside">Whether the words before "in/im" are already known to be no role of their own (an aside after a comma).</param>
    public bool IsWhereTheyWork(TokenPositions positions, TextLayout layout, PatternHit hit, int start, bool isAside = false)
    {
        var p = start - 1;
        if (p >= 0 && cues.Articles.IsAt(positions, p))
        {
            p--;
        }

        return p >= 1 && layout.ClauseOf(p) == layout.ClauseOf(hit.Start) && cues.Membership.IsAt(positions, p)
            && (isAside || layout.StartsLower(p - 1) || cues.Speakers.IsAt(positions, p - 1) || cues.LightVerbs.IsAt(positions, p - 1))
            && taxonomy.Find(hit.Pattern.TargetId) is { IsGroup: false, Kind: EntryKind.Competence };
    }

    /// <summary>
    /// "liefere Kulissen an Bühnen", "verkaufe Drucke an Galerien": right before a bare noun inside a clause, "an"
    /// names whom the work goes to; with an article ("Geigerin an der Oper") it says where the member works.
    /// </summary>
    public bool IsRecipient(TokenPositions positions, TextLayout layout, int start) =>
        start - 1 > layout.ClauseStart(start) && cues.Recipients.IsAt(positions, start - 1);

    /// <summary>"Großer Fan von Siebdruck", "I love jazz", "Risograph-Fan": what the member likes is not what they offer.</summary>
    public bool IsLiked(PatternHit hit, TokenPositions positions, TextLayout layout)
    {
        var clause = layout.ClauseOf(hit.Start);
        var after = hit.End + 1;
        if (after < positions.Count && layout.ClauseOf(after) == clause && !layout.HasCommaBefore(after) && cues.Liking.IsAt(positions, after)
            && !cues.Speakers.IsAt(positions, after - 1))
        {
            return true;
        }

        for (var p = hit.Start - 1; p >= Math.Max(0, hit.Start - LikingReach) && layout.ClauseOf(p) == clause; p--)
        {
            if (cues.Liking.IsAt(positions, p))
            {
                return true;
            }

            // A join starts another item ("Fan und Illustrator"); a small word other than "von/of" another predicate.
            if (cues.Joins.IsAt(positions, p) || layout.HasCommaBefore(p + 1)
                || (!cues.IsFunctionWord(positions, p) && !cues.About.IsAt(positions, p) && layout.StartsLower(p)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "Als Architekt baue ich alte Scheunen um", "Im Studio mische ich Bands": after a fronted role, a German verb
    /// and the subject behind it ("baue ich") the thing is the verb's object, not a new statement; only a light verb
    /// ("Mit meiner Band spiele ich Bass") or a form of "sein/haben" ("Auf dem Hof haben wir eine Scheune") keeps it the member's own.
    /// </summary>
    public bool IsInvertedObject(TokenPositions positions, TextLayout layout, int gapStart, int start)
    {
        if (start - gapStart < 2 || !layout.StartsLower(gapStart) || cues.Speakers.IsAt(positions, gapStart)
            || cues.IsFunctionWord(positions, gapStart) || cues.Being.IsAt(positions, gapStart)
            || cues.LightVerbs.IsAt(positions, gapStart) || !cues.Speakers.IsAt(positions, gapStart + 1) || layout.HasCommaIn(gapStart, start))
        {
            return false;
        }

        for (var q = gapStart + 2; q < start; q++)
        {
            if (!layout.StartsLower(q) && !cues.Articles.IsAt(positions, q))
            {
                return false;
            }
        }

        return true;
    }
}
