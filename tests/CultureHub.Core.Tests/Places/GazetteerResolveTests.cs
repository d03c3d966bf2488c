using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class GazetteerResolveTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadEmbedded();

    [Theory]
    [InlineData("Hannover", "Hannover")]
    [InlineData("hannover", "Hannover")]
    [InlineData("  VECHTA ", "Vechta")]
    [InlineData("Bad Zwischenahn", "Bad Zwischenahn")]
    [InlineData("Osnabrück", "Osnabrück")]
    public void Resolve_ExactName_FindsPlaceWithFullConfidence(string text, string expected)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Place.Name);
        Assert.Equal(1.0, match.Confidence);
    }

    [Theory]
    [InlineData("Osnabrueck")]
    [InlineData("Osnabruck")]
    [InlineData("OSNABRÜCK")]
    public void Resolve_UmlautTransliteration_FindsOsnabrueck(string text)
    {
        Assert.Equal("Osnabrück", Gazetteer.Resolve(text)?.Place.Name);
    }

    [Theory]
    [InlineData("Goettingen", "Göttingen")]
    [InlineData("Gottingen", "Göttingen")]
    [InlineData("Barssel", "Barßel")]
    [InlineData("Lueneburg", "Lüneburg")]
    public void Resolve_UmlautOrEszettSpelledOut_FindsPlace(string text, string expected)
    {
        Assert.Equal(expected, Gazetteer.Resolve(text)?.Place.Name);
    }

    [Theory]
    [InlineData("bad-zwischenahn")]
    [InlineData("Bad  Zwischenahn")]
    [InlineData("BadZwischenahn")]
    public void Resolve_HyphensAndSpaces_FindsBadZwischenahn(string text)
    {
        Assert.Equal("Bad Zwischenahn", Gazetteer.Resolve(text)?.Place.Name);
    }

    [Theory]
    [InlineData("bei Vechta", "Vechta")]
    [InlineData("in der Nähe von Vechta", "Vechta")]
    [InlineData("near Vechta", "Vechta")]
    [InlineData("aus Celle", "Celle")]
    [InlineData("ich wohne in Lingen (Ems)", "Lingen")]
    [InlineData("Landkreis Cloppenburg", "Cloppenburg")]
    [InlineData("Raum Hannover", "Hannover")]
    [InlineData("Hannover und Umgebung", "Hannover")]
    [InlineData("I live in Oldenburg, Germany", "Oldenburg")]
    public void Resolve_PrepositionsAndFillers_FindsPlace(string text, string expected)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Place.Name);
        Assert.Equal(1.0, match.Confidence);
    }

    [Theory]
    [InlineData("Ich lebe auf einem Hof bei Diepholz", "Diepholz")]
    [InlineData("Ich bin Fotografin und wohne seit zehn Jahren in Celle.", "Celle")]
    [InlineData("Hannover Linden", "Hannover")]
    [InlineData("Ich wohne in der Mitte von Hannover", "Hannover")]
    [InlineData("Mein Atelier ist in Leer, direkt am Hafen", "Leer")]
    [InlineData("Achim near Verden", "Achim")]
    [InlineData("Hude bei Oldenburg", "Hude")]
    [InlineData("ich komme aus Achim in der Nähe von Bremen", "Achim")]
    public void Resolve_SentenceMentioningPlace_FindsPlace(string text, string expected)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.Equal(expected, match.Place.Name);
        Assert.InRange(match.Confidence, 0.5, 0.99);
    }

    [Fact]
    public void Resolve_SentenceWithStudyAndHomePlace_PrefersWhereMemberLives()
    {
        var match = Gazetteer.Resolve("Ich studiere in Göttingen und wohne in Bovenden");

        Assert.Equal("Bovenden", match?.Place.Name);
    }

    [Theory]
    [InlineData("Oldenburg (Oldb)", "Oldenburg")]
    [InlineData("Rotenburg (Wümme)", "Rotenburg")]
    [InlineData("Freiburg (Elbe)", "Freiburg (Elbe) Flecken")]
    [InlineData("Hansestadt Stade", "Stade")]
    public void Resolve_OfficialNameWithAddition_FindsPlace(string text, string expected)
    {
        var match = Gazetteer.Resolve(text);

        Assert.Equal(expected, match?.Place.Name);
        Assert.Equal(1.0, match?.Confidence);
    }

    [Fact]
    public void Resolve_NameThatExistsSeveralTimes_PrefersMostPopulous()
    {
        var match = Gazetteer.Resolve("Neuenkirchen");
        var largest = Gazetteer.Places.Where(p => p.Name == "Neuenkirchen").MaxBy(p => p.Population ?? 0);

        Assert.Same(largest, match?.Place);
    }

    [Theory]
    [InlineData("Ich mache eine Lehre und mag gutes Essen")]
    [InlineData("Das Leer-Zeichen fehlt")]
    public void Resolve_EverydayWordsThatAreAlsoPlaceNames_ReturnsNull(string text)
    {
        Assert.Null(Gazetteer.Resolve(text));
    }

    [Theory]
    [InlineData("Landkreis Harburg", "Landkreis Harburg")]
    [InlineData("im Emsland", "Landkreis Emsland")]
    [InlineData("Ich wohne im Heidekreis", "Heidekreis")]
    public void Resolve_DistrictName_FindsPlaceInThatDistrict(string text, string district)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.Equal(district, match.Place.District);
        Assert.True(match.Confidence < 1.0);
    }

    [Theory]
    [InlineData("Bremen", "Bremen")]
    [InlineData("Bremerhaven", "Bremen")]
    [InlineData("Hamburg", "Hamburg")]
    public void Resolve_OutOfState_IsNotInNiedersachsen(string text, string region)
    {
        var match = Gazetteer.Resolve(text);

        Assert.NotNull(match);
        Assert.False(match.Place.IsInNiedersachsen);
        Assert.Equal(region, match.Place.Region);
    }

    [Theory]
    [InlineData("Mond")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🎨🏡")]
    [InlineData("keine Ahnung")]
    [InlineData("Ich male gern mit Öl und Acryl")]
    [InlineData("in der Nähe")]
    public void Resolve_UnknownText_ReturnsNull(string text)
    {
        Assert.Null(Gazetteer.Resolve(text));
    }

    [Fact]
    public void Resolve_Null_ReturnsNull()
    {
        Assert.Null(Gazetteer.Resolve(null!));
    }
}
