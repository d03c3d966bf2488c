using System.Globalization;
using System.Text;

namespace CultureHub.Core.Matching;

/// <summary>
/// The taxonomy's single words (of labels and synonyms) indexed by character trigrams,
/// for words no pattern met: a typo ("produzirt"), a spelling no list has, or a compound whose first part
/// is a name of the craft ("Kulissenbauwerkstatt"). Such readings are added with low confidence rather
/// than nothing. Built to be shared with a typo-tolerant suggester over the same vocabulary.
/// </summary>
internal sealed class FuzzyVocabulary
{
    private const int MinWord = 5;
    private const int MinPrefix = 7;
    private const double MinSimilarity = 0.75;
    private readonly List<(string Word, string EntryId, HashSet<string> Grams)> _words = [];
    private readonly Dictionary<string, List<int>> _byGram = new(StringComparer.Ordinal);

    public FuzzyVocabulary(CompetenceTaxonomy taxonomy, Func<string, bool> isFunctionWord)
    {
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entry in taxonomy.Entries.Where(e => e.Kind != EntryKind.Style))
        {
            // Labels and synonyms only: a phrasing's single words ("lernen" of "lernen will") mean little alone.
            var terms = new[] { entry.Label.De, entry.Label.En }.Concat(entry.Synonyms.De).Concat(entry.Synonyms.En);
            foreach (var word in terms.SelectMany(t => t.Split([' ', '-', '/', ',', ':'], StringSplitOptions.RemoveEmptyEntries)).Select(Fold))
            {
                if (word.Length >= MinWord && !word.Contains('*', StringComparison.Ordinal) && !isFunctionWord(word))
                {
                    (owners.TryGetValue(word, out var set) ? set : owners[word] = new HashSet<string>(StringComparer.Ordinal)).Add(entry.Id);
                }
            }
        }

        // A word two entries share ("Studio") says nothing on its own.
        foreach (var (word, ids) in owners.Where(o => o.Value.Count == 1).OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var grams = Grams(word);
            _words.Add((word, ids.First(), grams));
            foreach (var gram in grams)
            {
                (_byGram.TryGetValue(gram, out var list) ? list : _byGram[gram] = []).Add(_words.Count - 1);
            }
        }
    }

    /// <summary>The entry a word most likely means, with how alike it is (0–1); null when nothing is close.</summary>
    public (string EntryId, double Similarity)? Closest(string surface)
    {
        var word = Fold(surface);
        if (word.Length < MinWord)
        {
            return null;
        }

        var grams = Grams(word);
        var shared = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            foreach (var i in _byGram.GetValueOrDefault(gram) ?? [])
            {
                shared[i] = shared.GetValueOrDefault(i) + 1;
            }
        }

        (string, double)? best = null;
        foreach (var (i, common) in shared)
        {
            var (candidate, entryId, candidateGrams) = _words[i];
            var similarity = 2.0 * common / (grams.Count + candidateGrams.Count);
            if (candidate.Length >= MinPrefix && word.Length > candidate.Length + 2 && word.StartsWith(candidate, StringComparison.Ordinal))
            {
                similarity = Math.Max(similarity, MinSimilarity);
            }

            if (similarity >= MinSimilarity && (best is null || similarity > best.Value.Item2))
            {
                best = (entryId, similarity);
            }
        }

        return best;
    }

    private static HashSet<string> Grams(string word)
    {
        var padded = $"^{word}$";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }

    /// <summary>Lower case, umlauts and accents folded, so "Gemaelde" and "Gemälde" meet.</summary>
    private static string Fold(string word)
    {
        var lower = word.Trim().ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(lower.Length);
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
