using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class PlacesCsvReaderTests
{
    private const string Csv = """
        name,latitude,longitude,population,district,region,is_in_niedersachsen,geonames_id,alternate_name
        "Musterstadt, Hafen",52.50000,9.00000,1200,Landkreis Muster,Hannover,1,42,
        Stade,53.59407,9.47302,45634,Landkreis Stade,Lüneburg,1,2829901,Hansestadt Stade
        Bremen,53.07582,8.80717,,,Bremen,0,,

        """;

    [Fact]
    public void Read_QuotedFieldsAndEmptyValues_ParsesEveryRow()
    {
        var places = PlacesCsvReader.Read(new StringReader(Csv));

        Assert.Equal(3, places.Count);
        Assert.Equal("Musterstadt, Hafen", places[0].Name);
        Assert.Equal(1200, places[0].Population);
        Assert.Equal("Hansestadt Stade", places[1].AlternateName);
        Assert.Null(places[2].Population);
        Assert.Null(places[2].District);
        Assert.False(places[2].IsInNiedersachsen);
        Assert.Equal(new GeoPoint(53.07582, 8.80717), places[2].Location);
    }

    [Fact]
    public void Resolve_AlternateName_FindsPlace()
    {
        var gazetteer = new Gazetteer(PlacesCsvReader.Read(new StringReader(Csv)));

        Assert.Equal("Stade", gazetteer.Resolve("Hansestadt Stade")?.Place.Name);
    }

    [Fact]
    public void Read_MissingColumn_Throws()
    {
        Assert.Throws<InvalidDataException>(() => PlacesCsvReader.Read(new StringReader("name,latitude\nA,1\n")));
    }
}
