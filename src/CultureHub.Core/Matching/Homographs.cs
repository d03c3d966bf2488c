using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// Word forms that look like a term but mean something else. One word ("Bände") is never the term; an
/// article with a word ("dem Band") makes the word the other meaning wherever that article stands before
/// it, with adjectives between ("beim letzten Band"): the music "Band" is feminine, so "dem", "im" or "ein"
/// before it mean a book volume or a tape.
/// </summary>
internal sealed class Homographs
{
    private const int AdjectiveReach = 3;
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<(string Article, string Word)> _withArticle = [];

    public Homographs(ITermAnalyzer analyzer, LocalizedTerms terms)
    {
        foreach (var language in (Language[])[Language.De, Language.En])
        {
            foreach (var term in terms.For(language))
            {
                var words = analyzer.Analyze(term, language).Where(t => !t.IsSubword).Select(t => t.Surface).ToList();
                if (words.Count == 1)
                {
                    _words.Add(words[0]);
                }
                else if (words.Count == 2)
                {
                    _withArticle.Add((words[0], words[1]));
                }
            }
        }
    }

    public bool IsAt(PatternHit hit, TokenPositions positions, TextLayout layout)
    {
        if (_words.Contains(hit.Surface))
        {
            return true;
        }

        if (hit.IsViaSubword)
        {
            return false;
        }

        for (var p = hit.Start - 1; p >= Math.Max(0, hit.Start - AdjectiveReach) && layout.ClauseOf(p) == layout.ClauseOf(hit.Start); p--)
        {
            if (positions[p].Any(t => !t.IsSubword && _withArticle.Contains((t.Surface, hit.Surface))))
            {
                return true;
            }

            // Only a declined adjective ("letzten", "zweiten") stands between; "Das ist meine Band" is no "das Band".
            if (!layout.StartsLower(p) || !positions[p].Any(t => !t.IsSubword && t.Surface.EndsWith("en", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return false;
    }
}
