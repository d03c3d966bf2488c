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
    public void ReadOffers_SubjectOfTheWork_IsNotTheirOwnCompetence()
    {
        var web = Reader.ReadOffers("Ich baue Websites für Bands und Theater", Language.De);
        var journalist = Reader.ReadOffers("I'm a journalist and write about theatre", Language.En);

        Assert.True(Confidence(web, "band") < 0.5, "a band is whom the websites are for");
        Assert.True(Confidence(journalist, "acting") < 0.5, "theatre is what the journalist writes about");
    }

    [Fact]
    public void ReadSeeks_PurposeAfterFuer_StillCountsAsTheNeed()
    {
        var seeks = Ids(Reader.ReadSeeks("Ich suche jemanden für Live-Sound bei unseren Konzerten", Language.De));

        Assert.Contains("live_sound", seeks);
    }

    [Fact]
    public void ReadSeeks_SomeoneElsesNeed_IsNotTheMembersOwn()
    {
        var seeks = Reader.ReadSeeks("Ich suche Bands, die Plattencover brauchen", Language.De);

        Assert.True(Confidence(seeks, "band") > 0.8, "bands are whom the member looks for");
        Assert.True(Confidence(seeks, "cover_art") < 0.5, "the cover is the bands' need, not the member's");
    }

    [Fact]
    public void ReadOffers_CompoundModifier_CountsLessThanTheHead()
    {
        var offers = Reader.ReadOffers("Ich mache Bandfotos", Language.De);

        Assert.True(Confidence(offers, "photography") > 0.8);
        Assert.True(Confidence(offers, "band") < 0.5, "Bandfotos are photos, not a band");
    }

    [Fact]
    public void ReadSeeks_GenderInclusiveSpellings_ReadAsTheBaseWord()
    {
        foreach (var text in new[] { "Wir suchen Tänzer:innen", "Wir suchen Tänzer*innen", "Wir suchen TänzerInnen" })
        {
            Assert.Contains("dance", Ids(Reader.ReadSeeks(text, Language.De)));
        }
    }

    [Theory]
    [InlineData("Ich suche einen Gitarristen für meine Band", "guitar", Language.De)]
    [InlineData("Looking for a drummer for our band", "drums", Language.En)]
    public void ReadSeeks_ForTheirOwnBand_SeeksThePlayerNotABand(string text, string need, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.True(Confidence(seeks, need) > 0.8);
        Assert.True(Confidence(seeks, "band") < 0.5, "the band is theirs already");
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

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
