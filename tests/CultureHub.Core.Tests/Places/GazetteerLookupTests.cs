using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class GazetteerLookupTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.LoadEmbedded();

    [Fact]
    public void LoadEmbedded_CalledTwice_ReturnsSameInstance()
    {
        Assert.Same(Gazetteer, Gazetteer.LoadEmbedded());
    }

    [Fact]
    public void LoadEmbedded_HasAllNiedersachsenPlacesWithRegion()
    {
        var inState = Gazetteer.Places.Where(p => p.IsInNiedersachsen).ToList();

        Assert.Equal(877, inState.Count);
        string[] regions = ["Braunschweig", "Hannover", "Lüneburg", "Weser-Ems"];
        Assert.All(inState, p => Assert.Contains(p.Region, regions));
    }

    [Theory]
    [InlineData("Hannover", "Hannover", "Region Hannover")]
    [InlineData("Vechta", "Weser-Ems", "Landkreis Vechta")]
    [InlineData("Celle", "Lüneburg", "Landkreis Celle")]
    [InlineData("Wolfenbüttel", "Braunschweig", "Landkreis Wolfenbüttel")]
    public void FindExact_KnownPlace_HasRegionAndDistrict(string name, string region, string district)
    {
        var place = Gazetteer.FindExact(name);

        Assert.NotNull(place);
        Assert.Equal(region, place.Region);
        Assert.Equal(district, place.District);
    }

    [Fact]
    public void FindExact_DuplicateName_PrefersMostPopulous()
    {
        var lohne = Gazetteer.FindExact("Lohne");

        Assert.NotNull(lohne);
        Assert.Equal("Landkreis Vechta", lohne.District);
        Assert.True(Gazetteer.Places.Count(p => p.Name == "Lohne") > 1);
    }

    [Fact]
    public void FindExact_Typo_ReturnsNull()
    {
        Assert.Null(Gazetteer.FindExact("Hannovr"));
    }

    [Fact]
    public void IsUrban_Hannover_IsTrue()
    {
        Assert.True(Gazetteer.FindExact("Hannover")?.IsUrban);
    }

    [Theory]
    [InlineData("Bad Zwischenahn")]
    [InlineData("Abbesbüttel")]
    public void IsUrban_SmallPlace_IsFalse(string name)
    {
        Assert.False(Gazetteer.FindExact(name)?.IsUrban);
    }

    [Fact]
    public void IsUrban_BigCitiesOfNiedersachsen_AreUrban()
    {
        var urban = Gazetteer.Places.Where(p => p.IsInNiedersachsen && p.IsUrban).Select(p => p.Name);

        Assert.Equal(
            ["Braunschweig", "Göttingen", "Hannover", "Hildesheim", "Oldenburg", "Osnabrück", "Salzgitter", "Wolfsburg"],
            urban.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void IsUrban_UnknownPopulation_IsFalse()
    {
        Assert.False(PlaceFixtures.Village("Irgendwo", population: null).IsUrban);
    }

    [Fact]
    public void Nearest_PointInHannover_ReturnsHannoverQuarterOrCity()
    {
        var place = Gazetteer.Nearest(new GeoPoint(52.3745, 9.7386));

        Assert.NotNull(place);
        Assert.Equal("Region Hannover", place.District);
        Assert.True(place.Location.DistanceKmTo(new GeoPoint(52.3745, 9.7386)) < 3);
    }

    [Fact]
    public void Nearest_PointNextToVechta_ReturnsVechta()
    {
        Assert.Equal("Vechta", Gazetteer.Nearest(new GeoPoint(52.735, 8.285))?.Name);
    }

    [Fact]
    public void Nearest_EmptyGazetteer_ReturnsNull()
    {
        Assert.Null(new Gazetteer([]).Nearest(new GeoPoint(52, 9)));
    }
}
