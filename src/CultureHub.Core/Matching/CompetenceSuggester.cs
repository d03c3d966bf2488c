using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>A taxonomy entry offered for a typed phrase, with how close it came (0–1).</summary>
public sealed record CompetenceSuggestion(TaxonomyEntry Entry, double Score);

/// <summary>
/// Finds the taxonomy entries closest to a short phrase a member typed ("Schlagzeuk", "Fotograf",
/// "mixing"), so a member can pick what they meant from a few buttons. It forgives typos, missing
/// umlauts, word starts and German compounds, and reads labels and synonyms of both languages
/// (members mix them), preferring the member's own language when two entries tie. The terms come
/// from the taxonomy's one trigram index (<see cref="TaxonomyTermIndex"/>, shared with the reader's
/// fallback), which also narrows each look-up to the terms that share letters with the phrase.
/// </summary>
public sealed class CompetenceSuggester
{
    /// <summary>Below this a suggestion is more likely noise than what the member meant.</summary>
    public const double MinScore = 0.5;

    private const int MaxQueryWords = 12;
    private const double OtherLanguageFactor = 0.98;
    private const double WordOfQueryFactor = 0.95;
    private const double WordOfTermFactor = 0.9;

    private readonly TaxonomyTermIndex _index;

    // The index's terms as this look-up reads them (function words left out), by the same position.
    private readonly SuggestionTerm?[] _terms;

    public CompetenceSuggester(CompetenceTaxonomy taxonomy)
    {
        _index = taxonomy.Terms;
        _terms = [.. _index.Terms.Select(t => ContentWords.OfFolded(t.Key) is { Length: > 0 } words ? new SuggestionTerm(t.Entry, t.Language, string.Join(' ', words), words) : null)];
    }

    /// <summary>The closest entries, best first, at most <paramref name="max"/>; empty when nothing comes close.</summary>
    public IReadOnlyList<CompetenceSuggestion> Suggest(string phrase, Language language, int max = 5)
    {
        var query = PlaceNameFolding.Fold(phrase ?? string.Empty);
        var words = ContentWords.OfFolded(query).Take(MaxQueryWords).ToArray();
        if (words.Length == 0 || max <= 0)
        {
            return [];
        }

        // Terms sharing a letter triple with the phrase first; a short typo can share none ("bsas"), so then all.
        var best = Best(words, language, _index.TermsNear(words));
        if (best.Count == 0)
        {
            best = Best(words, language, Enumerable.Range(0, _terms.Length));
        }

        return best.Values
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.Entry.Kind)
            .ThenBy(s => s.Entry.Label.For(language), StringComparer.OrdinalIgnoreCase)
            .Take(max)
            .ToList();
    }

    private Dictionary<string, CompetenceSuggestion> Best(string[] words, Language language, IEnumerable<int> termIds)
    {
        var whole = string.Join(' ', words);
        var best = new Dictionary<string, CompetenceSuggestion>(StringComparer.Ordinal);
        foreach (var term in termIds.Select(i => _terms[i]).OfType<SuggestionTerm>())
        {
            var score = Score(whole, words, term) * (term.Language == language ? 1 : OtherLanguageFactor);
            if (score >= MinScore && (!best.TryGetValue(term.Entry.Id, out var known) || known.Score < score))
            {
                best[term.Entry.Id] = new CompetenceSuggestion(term.Entry, Math.Round(score, 3));
            }
        }

        return best;
    }

    /// <summary>The phrase against one term: as a whole, a word of the phrase against the term, or against one of the term's words.</summary>
    private static double Score(string whole, string[] words, SuggestionTerm term)
    {
        var score = FuzzyTermSimilarity.Of(whole, term.Key);
        if (words.Length > 1)
        {
            foreach (var word in words)
            {
                score = Math.Max(score, FuzzyTermSimilarity.Of(word, term.Key) * WordOfQueryFactor);
            }
        }

        if (term.Words.Length > 1)
        {
            foreach (var termWord in term.Words)
            {
                foreach (var word in words)
                {
                    score = Math.Max(score, FuzzyTermSimilarity.Of(word, termWord) * WordOfTermFactor);
                }
            }
        }

        return score;
    }

    private sealed record SuggestionTerm(TaxonomyEntry Entry, Language Language, string Key, string[] Words);
}
