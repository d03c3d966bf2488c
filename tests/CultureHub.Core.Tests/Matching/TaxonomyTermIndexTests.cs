using CultureHub.Core.Matching;
using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// One typo-tolerant index per taxonomy: the reader's fallback and the "Etwas fehlt" suggester ask
/// the same folded words, so what the one forgives the other finds too. Invented vocabulary.
/// </summary>
public sealed class TaxonomyTermIndexTests
{
    private static readonly CompetenceTaxonomy Taxonomy = new(
        [
            Entry("set_building", EntryKind.Competence, ("Bühnenbau", "set building"), ["Kulissenbauer"], ["set builder"]),
            Entry("photography", EntryKind.Competence, ("Fotografie", "photography"), ["Fotografin", "Studio"], []),
            Entry("rehearsal_room", EntryKind.Competence, ("Proberaum", "rehearsal room"), ["Studio"], []),
            Entry("dance", EntryKind.Competence, ("Tanz", "dance"), [], []),
            Entry("style_jazz", EntryKind.Style, ("Jazzmusik", "jazz music"), [], []),
        ],
        TaxonomyCues.None);

    [Fact]
    public void Terms_AskedTwice_IsTheOneIndexBothLookUpsRead()
    {
        Assert.Same(Taxonomy.Terms, Taxonomy.Terms);
        Assert.DoesNotContain(Taxonomy.Terms.Terms, t => t.Entry.Kind == EntryKind.Style);
        Assert.Contains(Taxonomy.Terms.Terms, t => t.Key == "buehnenbau" && t.Language == Language.De);
    }

    [Theory]
    [InlineData("Kulisenbauer", "set_building")]
    [InlineData("Fotografinn", "photography")]
    [InlineData("BÜHNENBAU", "set_building")]
    public void ReaderAndSuggester_SameTypo_AgreeOnTheEntry(string typed, string expected)
    {
        var read = new FuzzyVocabulary(Taxonomy.Terms, _ => false).Closest(typed);
        var suggested = new CompetenceSuggester(Taxonomy).Suggest(typed, Language.De);

        Assert.Equal(expected, read?.EntryId);
        Assert.Equal(expected, suggested[0].Entry.Id);
    }

    [Theory]
    [InlineData("Studios")]
    [InlineData("Jazzmusikk")]
    [InlineData("Tanz")]
    [InlineData("Fotografin", true)]
    public void Closest_SharedGenreShortOrFunctionWord_ReadsNothing(string typed, bool isFunctionWord = false)
    {
        var fuzzy = new FuzzyVocabulary(Taxonomy.Terms, word => isFunctionWord && word.StartsWith("fotograf", StringComparison.Ordinal));

        Assert.Null(fuzzy.Closest(typed));
    }

    [Fact]
    public void Suggest_SwappedLettersSharingNoTriple_IsStillFound()
    {
        // "tnaz" shares no letter triple with "tanz": the look-up falls back to every term.
        var suggestions = new CompetenceSuggester(Taxonomy).Suggest("Tnaz", Language.De);

        Assert.Equal("dance", Assert.Single(suggestions).Entry.Id);
    }

    private static TaxonomyEntry Entry(string id, EntryKind kind, (string De, string En) label, string[] de, string[] en) =>
        new(id, kind, Sector.Music, new LocalizedText(label.De, label.En), new LocalizedText(label.De, label.En),
            new LocalizedTerms(de, en), LocalizedTerms.None, WorkMode.InPerson, [], false);
}
