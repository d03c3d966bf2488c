namespace CultureHub.Core.Matching;

/// <summary>
/// A group that speaks of itself as one ("wir sind zu viert", "gibt uns seit 2019", "we're a four-piece")
/// and names nothing but instruments and genres is a band, whether or not it ever says "Band". In a search,
/// what such a group lists right after saying so is its own line-up ("wir sind zu dritt (Schlagzeug, Gitarre,
/// Gesang) und brauchen …"), not what it needs.
/// </summary>
internal sealed class GroupSelf(ReadingCues cues, CompetenceTaxonomy taxonomy, MusicWords music)
{
    /// <summary>Whether the offer reads as a band that never named itself one.</summary>
    /// <param name="hits">The chosen hits.</param>
    /// <param name="isRole">Which hits were read as the member's own role (styles count as roles).</param>
    public bool IsUnnamedBand(IReadOnlyList<PatternHit> hits, bool[] isRole, TokenPositions positions)
    {
        if (music.BandId is null || !SpeaksAsGroup(positions))
        {
            return false;
        }

        var isMusic = false;
        for (var i = 0; i < hits.Count; i++)
        {
            if (!isRole[i] || taxonomy.Find(hits[i].Pattern.TargetId) is not { } entry)
            {
                continue;
            }

            // A group that is a theatre, a studio or already a choir or band is not read as another band.
            if (entry.Kind != EntryKind.Style && !music.IsInstrument(entry))
            {
                return false;
            }

            isMusic = true;
        }

        return isMusic;
    }

    /// <summary>Whether a sought thing is in the line-up a group has just named ("wir sind zu dritt (Gitarre, …)").</summary>
    public bool IsLineUp(PatternHit hit, TokenPositions positions, TextLayout layout)
    {
        var clause = layout.SenseClauseOf(hit.Start);
        for (var p = hit.Start - 1; p >= 0 && layout.SenseClauseOf(p) == clause; p--)
        {
            if (cues.OthersNeed.IsAt(positions, p))
            {
                return false;
            }

            if (cues.Ensemble.IsAt(positions, p))
            {
                return !cues.OthersNeed.AnyIn(positions, layout.ClauseStart(p), p - 1);
            }
        }

        return false;
    }

    /// <summary>
    /// In an offer, instruments spelt out after a group ("Folkband aus Verden: Geige, Bass und Gesang", "im Quartett
    /// (Klavier, Bass, Schlagzeug)") are the group's line-up, not each one the member's own craft.
    /// </summary>
    public bool IsGroupLineUp(IReadOnlyList<PatternHit> hits, int i, TokenPositions positions, TextLayout layout)
    {
        var hit = hits[i];
        var start = layout.ClauseStart(hit.Start);
        if (start == 0 || !layout.IsListingClause(hit.Start) || !music.IsInstrument(taxonomy.Find(hit.Pattern.TargetId)))
        {
            return false;
        }

        // Only instruments, joins and commas from the colon to the hit: a list, not a new sentence.
        for (var p = start; p < hit.Start; p++)
        {
            if (!cues.IsFunctionWord(positions, p) && !hits.Any(h => h.Start <= p && p <= h.End && music.IsInstrument(taxonomy.Find(h.Pattern.TargetId))))
            {
                return false;
            }
        }

        var before = layout.ClauseOf(start - 1);
        return hits.Any(h => layout.ClauseOf(h.Start) == before && taxonomy.Find(h.Pattern.TargetId) is { IsGroup: true });
    }

    private bool SpeaksAsGroup(TokenPositions positions)
    {
        for (var p = 0; p < positions.Count; p++)
        {
            if (cues.Ensemble.IsAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }
}
