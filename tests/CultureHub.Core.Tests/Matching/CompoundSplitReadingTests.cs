using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// German compounds split against the taxonomy's words, on sentences written for these tests: a part counts
/// only when the rest of the word is an ending or a word of its own, so letters of a taxonomy word inside an
/// everyday word ("gemacht" holds "GEMA") read as nothing, while real compounds keep their parts.
/// </summary>
public sealed class CompoundSplitReadingTests
{
    [Theory]
    [InlineData("Das Bühnenbild haben wir im Sommer ganz allein gemacht.")]
    [InlineData("Ich habe letztes Jahr mein Abi gemacht und zeichne gern.")]
    public void ReadOffers_ParticipleHoldingATaxonomyWord_ReadsNoLegalAdvice(string text)
    {
        Assert.DoesNotContain("legal", Ids(Reader.ReadOffers(text, Language.De)));
    }

    [Theory]
    [InlineData("Ich berate Bands zum Plattenvertrag und zur GEMA.", "legal")]
    [InlineData("Ich bin Konzertfotografin aus Celle.", "photography")]
    [InlineData("Ich bin Tontechnikerin und arbeite meist auf Festivals.", "live_sound")]
    public void ReadOffers_RealCompoundsAndTheirEndings_StillRead(string text, string expected)
    {
        Assert.Contains(expected, Ids(Reader.ReadOffers(text, Language.De)));
    }

    [Fact]
    public void ReadOffers_ElidedFirstHalfOfACompound_IsNoRole()
    {
        var offers = Reader.ReadOffers("Anwältin für Urheberrecht: Label-, Verlags- und Bandverträge, dazu Abmahnungen.", Language.De);

        Assert.Contains(offers, t => t.CompetenceId == "legal" && t.Confidence >= 0.9);
        Assert.DoesNotContain(offers, t => t.CompetenceId is "label" or "book_publishing" && t.Confidence >= 0.5);
    }

    [Fact]
    public void ReadOffers_HyphenInsideAWord_StaysOneCompound()
    {
        Assert.Contains(Reader.ReadOffers("Wir sind eine Punk-Band aus Celle.", Language.De), t => t.CompetenceId == "band" && t.Confidence >= 0.9);
    }

    [Theory]
    [InlineData("Für das Sommerfest brauchen wir Ton- und Lichttechnik.")]
    [InlineData("Wir suchen Licht- und Tontechniker für unsere Tour.")]
    public void ReadSeeks_HeadSharedAcrossAList_CompletesTheElidedCompound(string text)
    {
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.Contains(seeks, t => t.CompetenceId == "live_sound" && t.Confidence >= 0.9);
        Assert.Contains(seeks, t => t.CompetenceId == "lighting" && t.Confidence >= 0.9);
    }

    [Fact]
    public void ReadSeeks_ElidedHalfOfAGroup_NamesTheGroupNotTheCraft()
    {
        var seeks = Reader.ReadSeeks("Suche eine Cover- oder Tanzband für unser Dorffest.", Language.De);

        Assert.Contains("band", Ids(seeks));
        Assert.DoesNotContain("cover_art", Ids(seeks));
    }
}
