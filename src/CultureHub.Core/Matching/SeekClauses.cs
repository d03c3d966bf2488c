namespace CultureHub.Core.Matching;

/// <summary>
/// Relative clauses in a search that are not the member's own need.
/// </summary>
/// <param name="Inside">The positions inside such a clause.</param>
/// <param name="ClientOpeners">Where a clause opens that describes clients ("Bands, die Cover brauchen"): the words before it name them.</param>
internal sealed record OthersNeedClauses(bool[] Inside, IReadOnlyList<int> ClientOpeners)
{
    public bool IsAfterClients => ClientOpeners.Count > 0;
}

/// <summary>
/// What in a search is not the member's own need: a relative clause with a need verb names other
/// people's needs ("Bands, die Plakate brauchen": the member is after clients), and a stretch where the
/// member says what they are good at names their own skill ("an der Kamera bin ich gut, aber …").
/// </summary>
internal sealed class SeekClauses(ReadingCues cues)
{
    private const int OthersNeedReach = 2;

    /// <summary>
    /// Positions inside a relative clause that is not the member's own need: one whose verb is a need
    /// ("…, die Plakate brauchen") names other people's needs, one whose subject is the member ("…, die ich
    /// fotografieren darf", "damit ich … anbieten kann") names what the member does for them.
    /// </summary>
    /// <returns>The positions, and where clauses open that describe clients: people with a need, or whom the member works for.</returns>
    public OthersNeedClauses OthersNeed(TokenPositions positions, TextLayout layout)
    {
        var inside = new bool[positions.Count];
        var clientOpeners = new List<int>();
        for (var p = 0; p < positions.Count; p++)
        {
            if (!cues.Relatives.IsAt(positions, p) || !(layout.HasCommaBefore(p) || IsEnglishRelative(positions, layout, p)))
            {
                continue;
            }

            var end = p + 1;
            while (end < positions.Count && layout.ClauseOf(end) == layout.ClauseOf(p) && !layout.HasCommaBefore(end))
            {
                end++;
            }

            var isOwnAction = p + 1 < end && cues.Speakers.IsAt(positions, p + 1);
            var isOthersNeed = cues.OthersNeed.AnyIn(positions, p + 1, end - 1);
            if (isOwnAction || isOthersNeed)
            {
                Array.Fill(inside, true, p + 1, end - p - 1);

                // "damit ich …" says why the member seeks, not for whom they work; "Chöre, die ich …" does.
                if (isOthersNeed || cues.Articles.IsAt(positions, p) || IsEnglishRelative(positions, layout, p))
                {
                    clientOpeners.Add(p);
                }
            }
        }

        return new OthersNeedClauses(inside, clientOpeners);
    }

    public bool IsFollowedByOthersNeed(TokenPositions positions, TextLayout layout, int end)
    {
        for (var p = end + 1; p < Math.Min(positions.Count, end + 1 + OthersNeedReach); p++)
        {
            if (layout.ClauseOf(p) != layout.ClauseOf(end) || cues.Relatives.IsAt(positions, p))
            {
                return false;
            }

            if (cues.OthersNeed.IsAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// How the member speaks of their own skill around a hit, within its stretch (up to a comma or "aber"):
    /// true when they say they are good at it ("ich bin gut an der Kamera"), false when they say they are
    /// not ("nicht gut im Schnitt": a need, whatever the negation), null when they say neither. "gute Fotos"
    /// right before the term is an adjective of the need (German predicates are uninflected: "bin gut an der Kamera"), and a need verb in the stretch makes it a search.
    /// </summary>
    public bool? OwnSkill(TokenPositions positions, TextLayout layout, PatternHit hit)
    {
        var (from, to) = Stretch(positions, layout, hit);
        if (cues.OthersNeed.AnyIn(positions, from, to))
        {
            return null;
        }

        for (var p = from; p <= to; p++)
        {
            var isAdjective = p == hit.Start - 1 && !cues.Skills.IsUninflectedAt(positions, p);
            if ((p < hit.Start || p > hit.End) && !isAdjective && cues.Skills.IsAt(positions, p) && IsSaidOfThemselves(positions, from, p))
            {
                return !(p > from && cues.Negation.IsAt(positions, p - 1));
            }
        }

        return null;
    }

    /// <summary>"ich bin gut", "bin ich gut", "I'm really good", "ich bin nicht gut": a speaker one or two words before.</summary>
    private bool IsSaidOfThemselves(TokenPositions positions, int from, int skill) =>
        (skill - 1 >= from && cues.Speakers.IsAt(positions, skill - 1)) || (skill - 2 >= from && cues.Speakers.IsAt(positions, skill - 2));

    private (int From, int To) Stretch(TokenPositions positions, TextLayout layout, PatternHit hit)
    {
        var clause = layout.ClauseOf(hit.Start);
        var from = hit.Start;
        while (from > 0 && layout.ClauseOf(from - 1) == clause && !layout.HasCommaBefore(from) && !cues.Contrasts.IsAt(positions, from - 1))
        {
            from--;
        }

        var to = hit.End;
        while (to + 1 < positions.Count && layout.ClauseOf(to + 1) == clause && !layout.HasCommaBefore(to + 1) && !cues.Contrasts.IsAt(positions, to + 1))
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>
    /// English opens a defining relative clause without a comma: "who"/"whose" always, "that"/"which" only after
    /// the noun it describes and right before a need verb ("a band that needs photos"), since "that" is as often
    /// a demonstrative ("That needs a real illustrator").
    /// </summary>
    private bool IsEnglishRelative(TokenPositions positions, TextLayout layout, int p) =>
        positions[p].Any(t => t.Surface is "who" or "whose")
        || (positions[p].Any(t => t.Surface is "that" or "which") && p > layout.ClauseStart(p)
            && p + 1 < positions.Count && cues.OthersNeed.IsAt(positions, p + 1));
}
