using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>
/// How close a typed word is to a term of the taxonomy, both already folded (lower case, umlauts
/// spelled out). The cases people produce, each scored on its own: typos (edit distance), word
/// starts ("Foto" → "Fotos"), inflection ("Fotografin" → "Fotograf"), the head of a German compound
/// ("Hochzeitsfotograf" → "Fotograf", which counts more than the modifier "Band" of "Bandfotos"),
/// and garbled spellings that still share most letter triples (character trigrams).
/// </summary>
internal static class FuzzyTermSimilarity
{
    private const int MinFuzzyLength = 3;
    private const int MaxInflectionTail = 3;
    private const int MinModifierLength = 5;
    private const double TrigramFactor = 0.85;

    public static double Of(string query, string term)
    {
        if (query.Length == 0 || term.Length == 0)
        {
            return 0;
        }

        if (string.Equals(query, term, StringComparison.Ordinal))
        {
            return 1;
        }

        if (query.Length < MinFuzzyLength)
        {
            return 0;
        }

        return Math.Max(Math.Max(Containment(query, term), Typo(query, term)), TrigramFactor * Trigrams(query, term));
    }

    /// <summary>One found inside the other: a word start, an inflected form, a compound's head or modifier.</summary>
    private static double Containment(string query, string term)
    {
        if (term.StartsWith(query, StringComparison.Ordinal))
        {
            return 0.6 + (0.35 * query.Length / term.Length);
        }

        if (term.Length > MinFuzzyLength && query.LastIndexOf(term, StringComparison.Ordinal) is > -1 and var at)
        {
            var tail = query.Length - at - term.Length;
            // A short modifier is too often just a word's first letters ("gema" in "Gemälde").
            return tail <= MaxInflectionTail ? 0.7 + (0.25 * term.Length / query.Length)
                : term.Length >= MinModifierLength ? 0.55 : 0;
        }

        // "technik" inside "tontechnik": the typed word is the head of a compound term.
        return query.Length > MinFuzzyLength && term.EndsWith(query, StringComparison.Ordinal)
            ? 0.55 + (0.3 * query.Length / term.Length)
            : 0;
    }

    private static double Typo(string query, string term)
    {
        var max = query.Length <= 4 ? 1 : query.Length <= 8 ? 2 : 3;
        var distance = EditDistance.Bounded(query, term, max);
        return distance > max ? 0 : 1 - ((double)distance / Math.Max(query.Length, term.Length));
    }

    /// <summary>Dice coefficient of the letter triples, with the word edges marked so starts and ends count.</summary>
    private static double Trigrams(string query, string term)
    {
        var a = Grams(query);
        var b = Grams(term);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var shared = a.Count(b.Contains);
        return 2.0 * shared / (a.Count + b.Count);
    }

    private static HashSet<string> Grams(string text)
    {
        var padded = "#" + text + "#";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
