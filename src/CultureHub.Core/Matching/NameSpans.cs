using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// Where a text names a band, choir or collective: the capitalised words after a group noun ("Band
/// Grauwolke", "im Jazztrio Blue Moon", "a duo called Northern Lights") or after "wir sind" / "we are".
/// A name is not a craft: "Sternlicht" holds "Licht" and "Blue Moon" a genre, yet the member offers neither.
/// German capitalises every noun, so a single word after the head is taken for a name only where the
/// craft was read inside it (a word part); "in einer Band Gitarre" still plays guitar.
/// </summary>
internal sealed class NameSpans
{
    private const int MaxNameWords = 4;
    private readonly HashSet<string> _heads = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _pairs = [];

    public NameSpans(ITermAnalyzer analyzer, LocalizedTerms heads)
    {
        foreach (var language in (Language[])[Language.De, Language.En])
        {
            foreach (var head in heads.For(language))
            {
                var words = analyzer.Analyze(head, language).Where(t => !t.IsSubword).Select(t => t.Surface).ToList();
                if (words.Count == 1)
                {
                    _heads.Add(words[0]);
                }
                else if (words.Count == 2)
                {
                    _pairs.Add((words[0], words[1]));
                }
            }
        }
    }

    /// <summary>For each position, the number of capitalised words of the name it stands in (0 outside names).</summary>
    public int[] Find(TokenPositions positions, TextLayout layout)
    {
        var length = new int[positions.Count];
        for (var p = 0; p < positions.Count - 1; p++)
        {
            if (!IsHead(positions, p) || layout.HasHyphenBefore(p + 1))
            {
                continue;
            }

            var end = p + 1;
            while (end < positions.Count && end - p <= MaxNameWords && layout.StartsUpper(end)
                && layout.ClauseOf(end) == layout.ClauseOf(p) && (end == p + 1 || !layout.HasCommaBefore(end)))
            {
                end++;
            }

            Array.Fill(length, end - p - 1, p + 1, end - p - 1);
        }

        return length;
    }

    private bool IsHead(TokenPositions positions, int p)
    {
        var word = positions[p].FirstOrDefault(t => !t.IsSubword)?.Surface;
        if (word is null)
        {
            return false;
        }

        if (p > 0 && positions[p - 1].FirstOrDefault(t => !t.IsSubword)?.Surface is { } before && _pairs.Contains((before, word)))
        {
            return true;
        }

        return _heads.Any(h => word.EndsWith(h, StringComparison.Ordinal));
    }
}
