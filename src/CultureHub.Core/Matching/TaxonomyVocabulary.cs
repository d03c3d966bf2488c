using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>The interview's vocabulary, backed by the taxonomy and its typo-tolerant suggester.</summary>
public sealed class TaxonomyVocabulary(CompetenceTaxonomy taxonomy) : ICompetenceVocabulary
{
    private readonly CompetenceSuggester _suggester = new(taxonomy);

    public CompetenceLabel? Find(string competenceId, Language language) =>
        taxonomy.Find(competenceId) is { } entry ? Label(entry, language) : null;

    public IReadOnlyList<CompetenceLabel> Suggest(string phrase, LabelSide side, Language language, int max) =>
        _suggester.Suggest(phrase, language, max * 2)
            .Select(s => Label(s.Entry, language))
            .Where(l => l.Fits(side))
            .Take(max)
            .ToList();

    private static CompetenceLabel Label(TaxonomyEntry entry, Language language) =>
        new(entry.Id, entry.Label.For(language), entry.Sector, CanOffer: entry.Kind != EntryKind.Need) { Sought = entry.Sought.For(language), IsAnySector = entry.IsAnySector };
}
