using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// How sure the reader is of each hit once its clause is read, whether the member is after clients, and
/// which hits name those clients rather than an ordinary need.
/// </summary>
internal sealed record ClauseReading(double[] Factors, bool IsAfterClients, bool[] IsClient, bool IsUnnamedBand = false);

/// <summary>
/// Reads hits in their clauses. In what a member offers, the first thing named in a clause is their
/// role; what follows a verb or "für/for" is whom they work for, and a listed thing ("und", comma)
/// is read like the one before it ("Ich fotografiere Bands, Chöre und Orchester": a photographer).
/// In what a member seeks, a relative clause with a need verb ("Bands, die Cover brauchen") is other
/// people's need, a possessive ("meine Bilder") names what the member has, and "für" after a need
/// names its purpose ("jemand, der meine Bilder abfotografiert für die Website").
/// </summary>
internal sealed class ClauseRules(ReadingCues cues, CompetenceTaxonomy taxonomy, MusicWords music)
{
    internal const double MentionFactor = 0.3;
    private const int NegationReach = 5;
    private const int AboutReach = 3;
    private const int PredicateReach = 2;
    private const int OwnReach = 2;
    private const int LightObjectReach = 2;
    private readonly SeekClauses _seeks = new(cues);
    private readonly WordShapes _shapes = new(cues, taxonomy);
    private readonly ClientHeads _clientHeads = new(cues);
    private readonly LightVerbRules _lightVerbs = new(cues, taxonomy);
    private readonly GroupSelf _group = new(cues, taxonomy, music);
    private readonly MadeThings _made = new(cues, taxonomy, music);
    private readonly WorkSought _work = new(cues, taxonomy);
    private readonly OfferPlaces _objects = new(cues, taxonomy);

    /// <param name="hits">The chosen hits, ordered by where they start.</param>
    public ClauseReading Read(IReadOnlyList<PatternHit> hits, TokenPositions positions, TextLayout layout, bool isOffer)
    {
        var factors = new double[hits.Count];
        var clauses = isOffer ? null : _seeks.OthersNeed(positions, layout);
        var isNeed = new bool[hits.Count];
        var genres = GenreModifiers.Of(hits, positions.Count, IsStyle);
        var names = cues.Names.Find(positions, layout);
        var roleSectors = new HashSet<Sector?>();
        var work = isOffer ? null : _work.Find(hits, positions, layout);
        int previous = -1;
        var previousIsRole = true;
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            factors[i] = 1;
            var skill = isOffer || IsCue(hit) ? null : _seeks.OwnSkill(positions, layout, hit);
            if (_shapes.IsNoTerm(hit, positions, layout, names) || skill == true
                || (skill is null && IsNegated(positions, layout, hit.Start)))
            {
                factors[i] = 0;
                continue;
            }

            // Only offers: in a need, an ended state is often its reason ("unser Bassist hat aufgehört").
            if (isOffer && !IsCue(hit) && cues.Past.IsPast(positions, layout, hit))
            {
                factors[i] = 0;
                continue;
            }

            if (IsCue(hit) || IsStyle(hit))
            {
                // "Räume für Theater, Tanz und Ausstellungen": a style after "für" starts a list of whom the work is for.
                if (isOffer && IsStyle(hit) && IsAfterAbout(positions, layout, previous >= 0 ? hits[previous] : null, hit))
                {
                    previous = i;
                    previousIsRole = false;
                }

                continue;
            }

            if (_lightVerbs.IsBeforeObject(hits, i, layout) || _lightVerbs.IsOfAnotherRole(hit, roleSectors)
                || work?[i] == true || (!isOffer && _group.IsLineUp(hit, positions, layout)))
            {
                factors[i] = 0;
                continue;
            }

            var prev = previous >= 0 && layout.ClauseOf(hits[previous].Start) == layout.ClauseOf(hit.Start) ? hits[previous] : (PatternHit?)null;
            bool isRole;
            if (prev is { } same && hit.Start <= same.End)
            {
                isRole = previousIsRole;
            }
            else if (isOffer)
            {
                isRole = IsOfferRole(positions, layout, prev, previousIsRole, hit, genres) && !_shapes.IsClientGroup(hit, positions, layout)
                    && !_made.IsProduct(hits, i, positions, layout) && !_group.IsGroupLineUp(hits, i, positions, layout)
                    && !_objects.IsLiked(hit, positions, layout);
            }
            else
            {
                isRole = IsOwnNeed(positions, layout, clauses!.Inside, prev, previousIsRole, hit);
            }

            factors[i] = isRole ? 1 : MentionFactor;
            isNeed[i] = !isOffer && isRole;
            if (isRole && !_lightVerbs.IsLightVerb(hit) && taxonomy.Find(hit.Pattern.TargetId) is { } entry)
            {
                roleSectors.Add(entry.Sector);
            }

            previous = i;
            previousIsRole = isRole;
        }

        if (clauses is null)
        {
            return new ClauseReading(factors, false, new bool[hits.Count], _group.IsUnnamedBand(hits, factors.Select(f => f >= 1).ToArray(), positions));
        }

        var isAfterWork = work!.Any(w => w);
        return new ClauseReading(factors, clauses.IsAfterClients || isAfterWork, _clientHeads.Find(hits, isNeed, clauses, positions, layout));
    }

    private bool IsOfferRole(TokenPositions positions, TextLayout layout, PatternHit? prev, bool previousIsRole, PatternHit hit, GenreModifiers genres)
    {
        var gapStart = prev is { } p ? p.End + 1 : layout.ClauseStart(hit.Start);
        var start = genres.PhraseStart(hit.Start, gapStart, q => cues.Joins.IsAt(positions, q));
        if (cues.About.AnyIn(positions, Math.Max(gapStart, start - AboutReach), start - 1))
        {
            return false;
        }

        // "Mit meiner Band spiele ich Bass": a phrasing that begins with its own verb is a predicate of the member's own.
        if (layout.StartsLower(hit.Start) && cues.LightVerbs.IsAt(positions, hit.Start))
        {
            return true;
        }

        if (prev is not null && previousIsRole && _objects.IsInvertedObject(positions, layout, gapStart, start))
        {
            return false;
        }

        // "meistens spielen wir in Kneipen", "… and play in pubs": a place after a verb and "in" is where they play
        if (_objects.IsWhereTheyWork(positions, layout, hit, start))
        {
            return false;
        }

        if (prev is not { } before || cues.Speakers.AnyIn(positions, gapStart, start - 1))
        {
            return !_objects.IsRecipient(positions, layout, start);
        }

        var isJoined = cues.Joins.AnyIn(positions, gapStart, start - 1) || layout.HasCommaIn(gapStart, start);
        var content = ContentWords(positions, gapStart, start - 1);
        // "Bühnenmalerin, lange am Opernhaus": an aside after a comma that ends in a place says where they
        // worked; after "und" a new predicate follows, read like any other.
        if (content > 0 && layout.HasCommaIn(gapStart, start) && !cues.Joins.AnyIn(positions, gapStart, start - 1)
            && _objects.IsWhereTheyWork(positions, layout, hit, start, isAside: true))
        {
            return false;
        }

        if (isJoined)
        {
            // "… und spiele Gitarre" starts a new predicate of their own; "… und stelle Bands vor" names whom.
            return layout.StartsLower(hit.Start) || (content == 0 ? previousIsRole : !HasSmallWord(positions, layout, gapStart, start - 1)
                || cues.LightVerbs.AnyIn(positions, ReachBack(positions, gapStart, start, LightObjectReach), start - 1));
        }

        // "Gitarrist in einer Band": a group one belongs to
        if (content == 0 && cues.Membership.AnyIn(positions, gapStart, start - 1))
        {
            return previousIsRole && !_objects.IsRecipient(positions, layout, start);
        }

        // Right after a verb ("fotografiere Bands", "I record choirs") a thing is its object: whom the work is for;
        // after a noun and other words it completes that noun ("Sendung mit Musik", "Tonstudio mit Flügel").
        return previousIsRole && content == 0 && !IsPredicate(positions, layout, before);
    }

    private bool IsAfterAbout(TokenPositions positions, TextLayout layout, PatternHit? prev, PatternHit hit)
    {
        // A phrasing may end on the style itself ("Räume für Theater"): then its "für" still counts.
        var from = prev is { } p && layout.ClauseOf(p.Start) == layout.ClauseOf(hit.Start) && p.End < hit.Start ? p.End + 1 : layout.ClauseStart(hit.Start);
        return cues.About.AnyIn(positions, Math.Max(from, hit.Start - AboutReach), hit.Start - 1);
    }

    private bool IsOwnNeed(TokenPositions positions, TextLayout layout, bool[] relative, PatternHit? prev, bool previousIsRole, PatternHit hit)
    {
        if (relative[hit.Start] || _seeks.IsFollowedByOthersNeed(positions, layout, hit.End))
        {
            return false;
        }

        // "Musiker für meine Band": what the member already has, not what they look for.
        var clauseStart = layout.ClauseStart(hit.Start);
        if (cues.Own.AnyListedFormIn(positions, Math.Max(clauseStart, hit.Start - OwnReach), hit.Start - 1)
            && cues.About.AnyIn(positions, Math.Max(clauseStart, hit.Start - OwnReach - 1), hit.Start - 1))
        {
            return false;
        }

        if (prev is not { } before)
        {
            return true;
        }

        var gapStart = before.End + 1;
        var isJoined = cues.Joins.AnyIn(positions, gapStart, hit.Start - 1) || layout.HasCommaIn(gapStart, hit.Start);

        // What a purpose or context phrase goes on to say stays context: the rest of a hyphenated compound
        // ("für ruhige Bar-Gigs") and a place or thing it names through a preposition ("für Gigs in Bars").
        if (!previousIsRole && !isJoined && (ContentWords(positions, gapStart, hit.Start - 1) == 0 || (layout.HasHyphenBefore(hit.Start) && gapStart == hit.Start)))
        {
            return false;
        }

        return isJoined || !cues.About.AnyIn(positions, Math.Max(gapStart, hit.Start - AboutReach), hit.Start - 1);
    }

    private bool IsNegated(TokenPositions positions, TextLayout layout, int start)
    {
        var clause = layout.ClauseOf(start);
        for (var p = start - 1; p >= Math.Max(0, start - NegationReach) && layout.ClauseOf(p) == clause; p--)
        {
            if (cues.Contrasts.IsAt(positions, p))
            {
                return false;
            }

            if (cues.Negation.IsAt(positions, p))
            {
                return !(p + 1 < positions.Count && cues.Limiters.IsAt(positions, p + 1) && cues.Limitable.IsAt(positions, p));
            }
        }

        return false;
    }

    private bool IsPredicate(TokenPositions positions, TextLayout layout, PatternHit hit) =>
        layout.StartsLower(hit.Start) || cues.Speakers.AnyIn(positions, Math.Max(layout.ClauseStart(hit.Start), hit.Start - PredicateReach), hit.Start - 1);

    /// <summary>
    /// Where <paramref name="words"/> words before <paramref name="start"/> begin, not counting the function words
    /// between ("und spiele in einer Band": "spiele" is one word before "Band").
    /// </summary>
    private int ReachBack(TokenPositions positions, int from, int start, int words)
    {
        var p = start;
        while (p > from && words > 0)
        {
            p--;
            if (!cues.IsFunctionWord(positions, p))
            {
                words--;
            }
        }

        return p;
    }

    private int ContentWords(TokenPositions positions, int from, int to)
    {
        var count = 0;
        for (var p = from; p <= to; p++)
        {
            if (!cues.IsFunctionWord(positions, p))
            {
                count++;
            }
        }

        return count;
    }

    private bool HasSmallWord(TokenPositions positions, TextLayout layout, int from, int to)
    {
        for (var p = Math.Max(from, 0); p <= to; p++)
        {
            if (layout.StartsLower(p) && !cues.IsFunctionWord(positions, p))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCue(PatternHit hit) => hit.Pattern.TargetId.StartsWith("cue:", StringComparison.Ordinal);

    private bool IsStyle(PatternHit hit) => taxonomy.Find(hit.Pattern.TargetId)?.Kind == EntryKind.Style;
}
