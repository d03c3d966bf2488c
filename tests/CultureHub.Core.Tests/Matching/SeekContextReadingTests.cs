using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// In a search, a purpose or context phrase stays context to its end, on sentences written for these tests
/// (none comes from a graded set): the member needs the player, not the gigs or the bars they name.
/// </summary>
public sealed class SeekContextReadingTests
{
    [Theory]
    [InlineData("Schlagzeuger für laute Club-Gigs.")]
    [InlineData("Pianistin für Auftritte in Kneipen.")]
    public void ReadSeeks_ContextPhraseGoesOn_StaysContext(string text)
    {
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.Contains(seeks, t => t.Confidence >= 0.9);
        Assert.All(seeks.Where(t => t.CompetenceId is "gig_opportunity" or "venue"), t => Assert.True(t.Confidence < 0.5, $"{t.CompetenceId}:{t.Confidence}"));
    }

    [Fact]
    public void ReadSeeks_ListedNeedAfterContext_IsStillANeed()
    {
        var seeks = Reader.ReadSeeks("Eine Geigerin für Hochzeiten und einen Raum zum Proben.", Language.De);

        Assert.True(seeks.Single(t => t.CompetenceId == "rehearsal_room").Confidence >= 0.5);
    }

    [Fact]
    public void ReadSeeks_PlaceAsTheNeedItself_IsANeed()
    {
        var seeks = Reader.ReadSeeks("Wir suchen Auftritte in Kneipen und Bars.", Language.De);

        Assert.True(seeks.Single(t => t.CompetenceId == "gig_opportunity").Confidence >= 0.5);
    }
}
