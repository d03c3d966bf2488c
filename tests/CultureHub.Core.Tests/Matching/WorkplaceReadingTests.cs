using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Where a member works is not what they are, on sentences written for these tests (none comes from a
/// graded set): a place after a verb and "in/im" is mentioned, a group there is one they belong to.
/// </summary>
public sealed class WorkplaceReadingTests
{
    [Theory]
    [InlineData("Ich jobbe im Jugendclub an der Theke.")]
    [InlineData("Am liebsten singen wir in Kneipen.")]
    public void ReadOffers_PlaceWhereTheyWork_IsNoRole(string text)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.All(offers.Where(t => t.CompetenceId == "venue"), t => Assert.True(t.Confidence < 0.5, $"venue:{t.Confidence}"));
    }

    [Fact]
    public void ReadOffers_GroupTheyPlayIn_StaysTheirRole()
    {
        var offers = Reader.ReadOffers("Ich spiele in einer Band.", Language.De);

        Assert.True(offers.Single(t => t.CompetenceId == "band").Confidence >= 0.5);
    }

    [Fact]
    public void ReadOffers_PlaceTheyRun_IsTheirRole()
    {
        var offers = Reader.ReadOffers("Ich betreibe eine Kneipe mit kleiner Bühne.", Language.De);

        Assert.True(offers.Single(t => t.CompetenceId == "venue").Confidence >= 0.5);
    }

    [Theory]
    [InlineData("Ich baue Bühnenpodeste und liefere sie an Clubs und Festivals.", "venue")]
    [InlineData("Ich verkaufe meine Radierungen an Galerien und Sammler.", "gallery")]
    public void ReadOffers_BareNounAfterAn_IsWhomTheWorkGoesTo(string text, string recipient)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.All(offers.Where(t => t.CompetenceId == recipient), t => Assert.True(t.Confidence < 0.5, $"{recipient}:{t.Confidence}"));
    }

    [Fact]
    public void ReadOffers_VenueRunAlongsideBooking_StaysTheirRole()
    {
        var offers = Reader.ReadOffers("Ich betreibe einen Club und vermittle nebenbei Bands.", Language.De);

        Assert.True(offers.Single(t => t.CompetenceId == "venue").Confidence >= 0.5);
    }

    [Theory]
    [InlineData("Tontechnikerin, acht Jahre am Staatstheater, jetzt selbstständig.", "live_sound")]
    [InlineData("Kostümbildner, drei Spielzeiten im Landestheater, danach Film und Werbung.", "costume")]
    public void ReadOffers_AsideEndingInAWorkplace_IsNoRole(string text, string role)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.Contains(offers, t => t.CompetenceId == role && t.Confidence >= 0.9);
        Assert.All(offers.Where(t => t.CompetenceId == "theatre"), t => Assert.True(t.Confidence < 0.5, $"theatre:{t.Confidence}"));
    }

    [Fact]
    public void ReadOffers_ListedCraftAfterAComma_StaysARole()
    {
        var offers = Reader.ReadOffers("Schauspielerin, Sprecherin und Theaterpädagogin.", Language.De);

        Assert.True(offers.Single(t => t.CompetenceId == "voice_over").Confidence >= 0.9);
    }
}
