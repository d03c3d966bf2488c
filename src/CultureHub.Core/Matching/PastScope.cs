using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// What a member did once is not what they offer now: "früher habe ich Schlagzeug gespielt", "I used to
/// play drums", "meine letzte Band hat sich aufgelöst". A past marker before a term ("früher", "used to")
/// or an ended verb after it ("aufgelöst", "broke up") reaches over the clause the way a negation does,
/// up to a comma or a word that returns to the present ("heute", "now").
/// </summary>
internal sealed class PastScope(ITermAnalyzer analyzer, TaxonomyCues cues)
{
    private const int Reach = 5;

    // "Meine letzte Band hat sich vor zwei Jahren aufgelöst": the ended verb closes the German clause.
    private const int EndedReach = 7;
    private readonly CuePhrases _past = new(analyzer, cues.Clause.Past);
    private readonly CuePhrases _ended = new(analyzer, cues.Clause.Ended);
    private readonly CuePhrases _present = new(analyzer, cues.Clause.Present);

    public bool IsPast(TokenPositions positions, TextLayout layout, PatternHit hit) =>
        HasPastBefore(positions, layout, hit.Start) || HasEndedAfter(positions, layout, hit.End);

    private bool HasPastBefore(TokenPositions positions, TextLayout layout, int start)
    {
        for (var p = start - 1; p >= Math.Max(0, start - Reach) && layout.ClauseOf(p) == layout.ClauseOf(start); p--)
        {
            if (_present.IsAt(positions, p) || layout.HasCommaBefore(p + 1))
            {
                return false;
            }

            // "seit früher Kindheit" is a lasting present, not a past.
            if (_past.IsAt(positions, p))
            {
                return p == 0 || !_present.IsAt(positions, p - 1);
            }
        }

        return false;
    }

    private bool HasEndedAfter(TokenPositions positions, TextLayout layout, int end)
    {
        for (var p = end + 1; p < Math.Min(positions.Count, end + 1 + EndedReach) && layout.ClauseOf(p) == layout.ClauseOf(end); p++)
        {
            if (layout.HasCommaBefore(p) || _present.IsAt(positions, p))
            {
                return false;
            }

            if (_ended.IsAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Cue phrases of one or more words, matched by their surfaces from the position on ("used to").</summary>
internal sealed class CuePhrases
{
    private readonly List<string[]> _phrases = [];

    public CuePhrases(ITermAnalyzer analyzer, LocalizedTerms terms)
    {
        foreach (var language in (Language[])[Language.De, Language.En])
        {
            foreach (var term in terms.For(language))
            {
                var words = analyzer.Analyze(term, language).Where(t => !t.IsSubword).Select(t => t.Surface).ToArray();
                if (words.Length > 0)
                {
                    _phrases.Add(words);
                }
            }
        }
    }

    public bool IsAt(TokenPositions positions, int position) => _phrases.Any(words => Matches(positions, position, words));

    private static bool Matches(TokenPositions positions, int position, string[] words)
    {
        if (position + words.Length > positions.Count)
        {
            return false;
        }

        for (var i = 0; i < words.Length; i++)
        {
            if (!positions[position + i].Any(t => !t.IsSubword && t.Surface == words[i]))
            {
                return false;
            }
        }

        return true;
    }
}
