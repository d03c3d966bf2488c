using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class GazetteerFuzzyTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadEmbedded();

    [Theory]
    [InlineData("Hannovr", "Hannover")]
    [InlineData("Oldenbrug", "Oldenburg")]
    [InlineData("Brauschweig", "Braunschweig")]
    [InlineData("Wilhelmshafen", "Wilhelmshaven")]
    [InlineData("Bad Zwischenahm", "Bad Zwischenahn")]
    [InlineData("Cloppenbrug", "Cloppenburg")]
    public void Resolve_Typo_FindsPlaceWithLowerConfidence(string text, string expected)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Place.Name);
        Assert.InRange(match.Confidence, 0.5, 0.9);
    }

    [Fact]
    public void Resolve_TwoTyposInLongName_FindsPlace()
    {
        var match = Gazetteer.Resolve("Brunschwieg");

        Assert.Equal("Braunschweig", match?.Place.Name);
    }

    [Fact]
    public void Resolve_TwoTyposInShortName_ReturnsNoFuzzyMatch()
    {
        // "Celle" has five letters, so only one typo is allowed.
        Assert.NotEqual("Celle", Gazetteer.Resolve("Cwlla")?.Place.Name);
    }

    [Fact]
    public void Resolve_TypoAfterPrepositionInSentence_FindsPlace()
    {
        var match = Gazetteer.Resolve("Ich lebe auf einem Hof bei Diepolz");

        Assert.NotNull(match);
        Assert.Equal("Diepholz", match.Place.Name);
        Assert.True(match.Confidence < 0.8);
    }

    [Fact]
    public void Resolve_TypoTie_PrefersLargerPlace()
    {
        var gazetteer = new Gazetteer(
        [
            PlaceFixtures.Village("Borne", population: 300),
            PlaceFixtures.Village("Berne", population: 7_000),
            PlaceFixtures.Village("Birne", population: null),
        ]);

        Assert.Equal("Berne", gazetteer.Resolve("Barne")?.Place.Name);
    }

    [Fact]
    public void Resolve_FewerEditsBeatLargerPlace()
    {
        var gazetteer = new Gazetteer(
        [
            PlaceFixtures.Village("Wiesenburg", population: 500),
            PlaceFixtures.Village("Wiesenbrück", population: 90_000),
        ]);

        Assert.Equal("Wiesenburg", gazetteer.Resolve("Wiesenbrug")?.Place.Name);
    }

    [Fact]
    public void Resolve_ShortUnknownWord_IsNotFuzzed()
    {
        var gazetteer = new Gazetteer([PlaceFixtures.Village("Hude", population: 15_000)]);

        // Four letters: one edit away from "Hude", but too short to guess at.
        Assert.Null(gazetteer.Resolve("Hudx"));
    }
}
