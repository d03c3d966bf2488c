using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// A band that never says "Band" (issue 11.2, seventh round), on sentences written for these tests (none
/// comes from a graded set): a group that speaks of itself as one and names only instruments and genres is
/// a band; a group of another craft is not; in a search, the line-up it names is not a need.
/// </summary>
public sealed class GroupSelfReadingTests
{
    [Theory]
    [InlineData("Wir sind zu viert aus Uelzen: Gitarre, Bass, Schlagzeug, Gesang.", Language.De)]
    [InlineData("Punkrock aus Wolfsburg, gibt es uns seit 2015.", Language.De)]
    [InlineData("We're a three-piece from Lüneburg and we play blues.", Language.En)]
    [InlineData("Two of us, fiddle and accordion, playing trad tunes at weddings.", Language.En)]
    public void ReadOffers_GroupOfPlayersWithoutTheWordBand_IsABand(string text, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, "band") >= 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Wir sind zu dritt und machen Improtheater.", "theatre")]
    [InlineData("Wir sind vier Leute und betreiben ein Tonstudio.", "recording")]
    public void ReadOffers_GroupOfAnotherCraft_IsNoBand(string text, string craft)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.Equal(0, Confidence(offers, "band"));
        Assert.True(Confidence(offers, craft) > 0.8, Dump(offers));
    }

    [Fact]
    public void ReadOffers_SoloPlayer_IsNoBand()
    {
        var offers = Reader.ReadOffers("Ich spiele Gitarre und Bass, am liebsten Blues.", Language.De);

        Assert.Equal(0, Confidence(offers, "band"));
    }

    [Theory]
    [InlineData("Wir sind zu viert (Gitarre, Bass, Gesang, Keys) und suchen jemanden am Schlagzeug.", "drums", Language.De)]
    [InlineData("We're a three-piece (guitar, drums, vocals) and need a bass player.", "bass", Language.En)]
    public void ReadSeeks_LineUpTheGroupNames_IsNoNeed(string text, string need, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.True(Confidence(seeks, need) > 0.8, Dump(seeks));
        Assert.All(["guitar", "vocals"], id => Assert.True(Confidence(seeks, id) < 0.5, Dump(seeks)));
    }

    [Fact]
    public void ReadSeeks_GroupSizeAfterTheNeedVerb_KeepsTheNeed()
    {
        var seeks = Reader.ReadSeeks("Wir suchen zu zweit jemanden für Licht.", Language.De);

        Assert.True(Confidence(seeks, "lighting") > 0.8, Dump(seeks));
    }

    [Theory]
    [InlineData("Wir sind eine Rockband aus Peine: Gitarre, Bass und Schlagzeug.", "bass", Language.De)]
    [InlineData("Drummer im Jazzquartett Nordwind (Saxofon, Klavier, Kontrabass, Schlagzeug).", "keys", Language.De)]
    [InlineData("We're a folk band from Nienburg: fiddle, guitar and accordion.", "guitar", Language.En)]
    public void ReadOffers_LineUpSpeltOutAfterTheGroup_IsNoCraftOfTheMember(string text, string lineUp, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, "band") > 0.8, Dump(offers));
        Assert.True(Confidence(offers, lineUp) < 0.5, Dump(offers));
    }

    [Fact]
    public void ReadOffers_MemberOwnInstrumentBeforeTheGroup_StaysTheirs()
    {
        var offers = Reader.ReadOffers("Drummer im Jazzquartett Nordwind (Saxofon, Klavier, Kontrabass, Schlagzeug).", Language.De);

        Assert.True(Confidence(offers, "drums") > 0.8, Dump(offers));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
