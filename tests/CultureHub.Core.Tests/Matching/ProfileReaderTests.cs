using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

public sealed class ProfileReaderTests
{
    [Fact]
    public void ReadOffers_FeminineCompound_FindsLiveSound()
    {
        var offers = Ids(Reader.ReadOffers("Ich bin Tontechnikerin.", Language.De));

        Assert.Contains("live_sound", offers);
    }

    [Fact]
    public void ReadOffers_CompoundOfTwoCompetences_FindsBoth()
    {
        var offers = Ids(Reader.ReadOffers("Schlagzeuglehrer aus Celle", Language.De));

        Assert.Contains("drums", offers);
        Assert.Contains("music_teaching", offers);
    }

    [Fact]
    public void ReadSeeks_InflectedVerbPhrase_SeeksLiveSound()
    {
        var seeks = Ids(Reader.ReadSeeks("wir suchen jemanden, der unsere Konzerte abmischt", Language.De));

        Assert.Contains("live_sound", seeks);
        Assert.DoesNotContain("mixing", seeks);
    }

    [Fact]
    public void ReadSeeks_CasualSpelling_FindsGuitar()
    {
        var seeks = Ids(Reader.ReadSeeks("bin auf der suche nach nem gitarristen", Language.De));

        Assert.Contains("guitar", seeks);
    }

    [Fact]
    public void ReadOffers_EnglishLoanwordInGerman_FindsMastering()
    {
        var offers = Ids(Reader.ReadOffers("Ich mache Mastering für Vinyl und Streaming", Language.De));

        Assert.Contains("mastering", offers);
    }

    [Fact]
    public void ReadOffers_Negated_IsNotOffered()
    {
        var offers = Ids(Reader.ReadOffers("Ich spiele Bass, aber kein Schlagzeug.", Language.De));

        Assert.Contains("bass", offers);
        Assert.DoesNotContain("drums", offers);
    }

    [Fact]
    public void ReadLocality_FromTheRegion_IsLocal()
    {
        Assert.Equal(Locality.Local, Reader.ReadLocality("Ich suche Bands aus der Region", Language.De));
        Assert.Equal(Locality.Remote, Reader.ReadLocality("Looking for a composer, remote is fine", Language.En));
    }

    [Fact]
    public void Extract_InterviewExtractor_FillsOffersAndSeeks()
    {
        var extraction = new TaxonomyCompetenceExtractor(Reader).Extract("I'm a drummer", "looking for a bass player", Language.En);

        Assert.Contains("drums", Ids(extraction.Offers));
        Assert.Contains("bass", Ids(extraction.Seeks));
    }

    [Fact]
    public void Parse_UnknownServedNeed_ThrowsNamingIt()
    {
        const string Json = """{"competences":[{"id":"x","sector":"music","label":{"de":"X","en":"X"},"serves":["nope"]}]}""";

        var ex = Assert.Throws<TaxonomyException>(() => CompetenceTaxonomy.Parse([("bad.json", Json)]));

        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }
}
