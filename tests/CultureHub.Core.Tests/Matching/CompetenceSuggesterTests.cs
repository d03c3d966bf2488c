using CultureHub.Core.Matching;
using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Matching;

public sealed class CompetenceSuggesterTests
{
    private static readonly Lazy<CompetenceSuggester> Shared = new(() => new CompetenceSuggester(MatchingWorld.Taxonomy));

    private static CompetenceSuggester Suggester => Shared.Value;

    [Theory]
    [InlineData("Schlagzeuk", Language.De, "drums")]
    [InlineData("Fotograf", Language.De, "photography")]
    [InlineData("mixing", Language.De, "mixing")]
    [InlineData("Tontechnik", Language.De, "live_sound")]
    [InlineData("Gitare", Language.De, "guitar")]
    [InlineData("Tanzer", Language.De, "dance")]
    [InlineData("Hochzeitsfotografin", Language.De, "photography")]
    [InlineData("drumer", Language.En, "drums")]
    [InlineData("  LIVE-SOUND!! ", Language.En, "live_sound")]
    public void Suggest_TypedPhrase_PutsTheMeantEntryFirst(string phrase, Language language, string expected)
    {
        var suggestions = Suggester.Suggest(phrase, language);

        Assert.NotEmpty(suggestions);
        Assert.Equal(expected, suggestions[0].Entry.Id);
    }

    [Fact]
    public void Suggest_SoughtThing_OffersNeedsToo()
    {
        var suggestions = Suggester.Suggest("Auftritte", Language.De);

        Assert.Equal("gig_opportunity", suggestions[0].Entry.Id);
        Assert.Equal(EntryKind.Need, suggestions[0].Entry.Kind);
    }

    [Fact]
    public void Suggest_Genre_IsNeverOfferedAsACompetence()
    {
        var suggestions = Suggester.Suggest("Jazz", Language.De);

        Assert.DoesNotContain(suggestions, s => s.Entry.Kind == EntryKind.Style);
    }

    [Fact]
    public void Suggest_CompoundModifier_RanksBelowTheHead()
    {
        var suggestions = Suggester.Suggest("Bandfotos", Language.De).Select(s => s.Entry.Id).ToList();

        Assert.Equal("photography", suggestions[0]);
        Assert.DoesNotContain("band", suggestions.Take(1));
    }

    [Fact]
    public void Suggest_ArticleBeforeTheWord_IsIgnored()
    {
        var suggestions = Suggester.Suggest("eine Band", Language.De);

        Assert.Equal("band", suggestions[0].Entry.Id);
        Assert.Equal(1.0, suggestions[0].Score);
    }

    [Fact]
    public void Suggest_TwoWords_FindsBothEntriesAmongTheTop()
    {
        var ids = Suggester.Suggest("Bass und Schlagzeug", Language.De).Select(s => s.Entry.Id).ToList();

        Assert.Contains("bass", ids);
        Assert.Contains("drums", ids);
    }

    [Fact]
    public void Suggest_ResultsAreRankedAndLimited()
    {
        var suggestions = Suggester.Suggest("Musik", Language.De, max: 3);

        Assert.InRange(suggestions.Count, 1, 3);
        Assert.Equal(suggestions.OrderByDescending(s => s.Score).Select(s => s.Entry.Id), suggestions.Select(s => s.Entry.Id));
        Assert.All(suggestions, s => Assert.InRange(s.Score, CompetenceSuggester.MinScore, 1.0));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Entry.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🎸🥁🎤")]
    [InlineData("xqzvw")]
    [InlineData("<b>und</b>")]
    public void Suggest_NothingClose_ReturnsNothing(string phrase)
    {
        Assert.Empty(Suggester.Suggest(phrase, Language.De));
    }

    [Fact]
    public void Suggest_HugeText_StaysBoundedAndStillFinds()
    {
        var phrase = "Schlagzeug " + string.Concat(Enumerable.Repeat("blabla ", 2000));

        var suggestions = Suggester.Suggest(phrase, Language.De);

        Assert.Equal("drums", suggestions[0].Entry.Id);
    }

    [Fact]
    public void Suggest_ZeroWanted_ReturnsNothing()
    {
        Assert.Empty(Suggester.Suggest("Schlagzeug", Language.De, max: 0));
    }
}
