using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>A label or synonym of one entry in one language, folded ("live sound"), and its words.</summary>
internal sealed record TaxonomyTerm(TaxonomyEntry Entry, Language Language, string Key, string[] Words);

/// <summary>A folded word of the taxonomy's terms: the entries that use it and the terms it stands in.</summary>
internal sealed record TaxonomyWord(string Text, IReadOnlyCollection<string> EntryIds, IReadOnlyCollection<string> Grams, IReadOnlyList<int> TermIds);

/// <summary>
/// The one typo-tolerant index over the taxonomy's labels and synonyms (both languages, genres left
/// out): every term folded once, its words keyed by character trigrams. Both fuzzy look-ups read it —
/// the suggester behind "Etwas fehlt" and the reader's fallback for a word nothing else understood —
/// so a spelling the one forgives the other finds too. Built once per taxonomy (<see cref="CompetenceTaxonomy.Terms"/>).
/// </summary>
internal sealed class TaxonomyTermIndex
{
    private readonly List<TaxonomyWord> _words = [];
    private readonly Dictionary<string, List<int>> _wordsByGram = new(StringComparer.Ordinal);

    public TaxonomyTermIndex(IEnumerable<TaxonomyEntry> entries)
    {
        var terms = new List<TaxonomyTerm>();
        var uses = new SortedDictionary<string, (HashSet<string> Entries, List<int> Terms)>(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Kind != EntryKind.Style))
        {
            foreach (var language in Enum.GetValues<Language>())
            {
                // A trailing '*' marks a word start for the pattern reader; here the word itself counts.
                foreach (var text in entry.Synonyms.For(language).Prepend(entry.Label.For(language)))
                {
                    var key = Fold(text.TrimEnd('*'));
                    var words = PlaceNameFolding.Tokens(key);
                    if (words.Length == 0)
                    {
                        continue;
                    }

                    terms.Add(new TaxonomyTerm(entry, language, key, words));
                    foreach (var word in words.Distinct(StringComparer.Ordinal))
                    {
                        var use = uses.TryGetValue(word, out var known) ? known : uses[word] = ([], []);
                        use.Entries.Add(entry.Id);
                        use.Terms.Add(terms.Count - 1);
                    }
                }
            }
        }

        Terms = terms;
        foreach (var (word, use) in uses)
        {
            var grams = Grams(word);
            _words.Add(new TaxonomyWord(word, use.Entries, grams, use.Terms));
            foreach (var gram in grams)
            {
                (_wordsByGram.TryGetValue(gram, out var list) ? list : _wordsByGram[gram] = []).Add(_words.Count - 1);
            }
        }
    }

    public IReadOnlyList<TaxonomyTerm> Terms { get; }

    /// <summary>Lower case, umlauts spelled out ("Gemälde" → "gemaelde"), accents dropped, anything else a space.</summary>
    public static string Fold(string text) => PlaceNameFolding.Fold(text);

    /// <summary>The words sharing at least one trigram with a folded word, with how many they share.</summary>
    public IEnumerable<(TaxonomyWord Word, int Shared)> Near(string word, IReadOnlyCollection<string> grams)
    {
        var shared = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            foreach (var i in _wordsByGram.GetValueOrDefault(gram) ?? [])
            {
                shared[i] = shared.GetValueOrDefault(i) + 1;
            }
        }

        return shared.OrderBy(s => s.Key).Select(s => (_words[s.Key], s.Value));
    }

    /// <summary>The terms with a word that shares a trigram with one of <paramref name="words"/>, in index order.</summary>
    public IReadOnlyList<int> TermsNear(IEnumerable<string> words)
    {
        var ids = new SortedSet<int>();
        foreach (var word in words)
        {
            foreach (var (near, _) in Near(word, Grams(word)))
            {
                ids.UnionWith(near.TermIds);
            }
        }

        return [.. ids];
    }

    /// <summary>The word's letter triples, with its edges marked so starts and ends count.</summary>
    public static HashSet<string> Grams(string word)
    {
        var padded = $"^{word}$";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
