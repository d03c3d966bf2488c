namespace CultureHub.Core.Matching;

/// <summary>
/// The reader's fallback for words no pattern met: a typo ("produzirt"), a spelling no list has, or a
/// compound whose first part is a name of the craft ("Kulissenbauwerkstatt"). Such readings are added
/// with low confidence rather than nothing. It asks the taxonomy's one trigram index
/// (<see cref="TaxonomyTermIndex"/>, shared with the suggester) for single words of labels and synonyms.
/// </summary>
internal sealed class FuzzyVocabulary(TaxonomyTermIndex index, Func<string, bool> isFunctionWord)
{
    private const int MinWord = 5;
    private const int MinPrefix = 7;
    private const double MinSimilarity = 0.75;

    /// <summary>The entry a word most likely means, with how alike it is (0–1); null when nothing is close.</summary>
    public (string EntryId, double Similarity)? Closest(string surface)
    {
        // One word: what folding would split ("Rock'n'Roll") is read joined.
        var word = TaxonomyTermIndex.Fold(surface).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (word.Length < MinWord)
        {
            return null;
        }

        var grams = TaxonomyTermIndex.Grams(word);
        (string, double)? best = null;
        foreach (var (candidate, common) in index.Near(word, grams))
        {
            // A word two entries share ("Studio") says nothing on its own; nor does a short or function word.
            if (candidate.EntryIds.Count != 1 || candidate.Text.Length < MinWord || isFunctionWord(candidate.Text) || IsOnlyPartOfPhrases(candidate))
            {
                continue;
            }

            var similarity = 2.0 * common / (grams.Count + candidate.Grams.Count);
            if (candidate.Text.Length >= MinPrefix && word.Length > candidate.Text.Length + 2 && word.StartsWith(candidate.Text, StringComparison.Ordinal))
            {
                similarity = Math.Max(similarity, MinSimilarity);
            }

            if (similarity >= MinSimilarity && (best is null || similarity > best.Value.Item2))
            {
                best = (candidate.EntryIds.First(), similarity);
            }
        }

        return best;
    }

    /// <summary>
    /// A word that stands only inside longer terms ("final" of "Final Cut") is no name of the craft on its
    /// own: where the phrase itself did not match, a word like it means nothing taxonomic.
    /// </summary>
    private bool IsOnlyPartOfPhrases(TaxonomyWord candidate) => candidate.TermIds.All(t => index.Terms[t].Words.Length > 1);
}
