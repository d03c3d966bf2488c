using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Which needs in a search name clients, on sentences written for these tests (none comes from a graded
/// set): only those are scored as clients; a member's other needs are served like anyone's.
/// </summary>
public sealed class ClientProvenanceTests
{
    [Fact]
    public void ReadSeeks_NewObjectAfterTheClientClause_IsAnOrdinaryNeed()
    {
        var seeks = Reader.ReadSeeks("Ich suche Musiker*innen, die ein Musikvideo wollen, und einen Schreibtisch im Coworking.", Language.De);

        Assert.True(Tag(seeks, "musician").IsClient);
        Assert.False(Tag(seeks, "coworking").IsClient);
        Assert.Contains("clients", Ids(seeks));
    }

    [Fact]
    public void ReadSeeks_ThingWithItsOwnArticleBeforeTheClients_IsAnOrdinaryNeed()
    {
        var seeks = Reader.ReadSeeks("Wir suchen einen Proberaum und Bands, die ein Video brauchen.", Language.De);

        Assert.True(Tag(seeks, "band").IsClient);
        Assert.False(Tag(seeks, "rehearsal_room").IsClient);
    }

    [Fact]
    public void ReadSeeks_ListBeforeTheClientClause_NamesClientsThroughout()
    {
        var seeks = Reader.ReadSeeks("Ich suche Chöre und Bands aus dem Umland, die Konzertmitschnitte brauchen.", Language.De);

        Assert.True(Tag(seeks, "band").IsClient);
        Assert.True(Tag(seeks, "choir").IsClient);
    }

    [Fact]
    public void ReadSeeks_EnglishNeedInAnotherSentence_IsAnOrdinaryNeed()
    {
        var seeks = Reader.ReadSeeks("Bands who want a music video. Also a desk in a coworking space.", Language.En);

        Assert.True(Tag(seeks, "band").IsClient);
        Assert.False(Tag(seeks, "coworking").IsClient);
    }

    [Theory]
    [InlineData("Ich suche Bands, die ein Musikvideo wollen (gern auch mit Fotos vom Dreh).", true)]
    [InlineData("Ich suche Bands, die ein Musikvideo wollen. Außerdem Fotos von meinem Atelier.", false)]
    public void ReadSeeks_BracketedAsideSpeaksOfTheClauseBefore_AnotherSentenceDoesNot(string text, bool isClient)
    {
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.Equal(isClient, Tag(seeks, "photography").IsClient);
    }

    [Fact]
    public void ReadSeeks_NoClientClause_MarksNothing()
    {
        var seeks = Reader.ReadSeeks("Wir suchen eine Sängerin und einen Proberaum.", Language.De);

        Assert.NotEmpty(seeks);
        Assert.DoesNotContain(seeks, t => t.IsClient);
    }

    [Fact]
    public void TopFor_ClientSeekersOtherNeed_ScoresAsIfAskedAlone()
    {
        var cowork = Member("cowork", "Ich betreibe einen Coworking-Space in der Altstadt.", "");
        var withClients = Matcher(
            Member("animator", "Ich mache Trickfilme und Animationen.", "Ich suche Musiker*innen, die ein Musikvideo wollen, und einen Schreibtisch im Coworking."),
            cowork);
        var alone = Matcher(Member("animator", "Ich mache Trickfilme und Animationen.", "Ich suche einen Schreibtisch im Coworking."), cowork);

        var shared = withClients.TopFor("animator", 5).Single(s => s.CandidateId == "cowork");
        var single = alone.TopFor("animator", 5).Single(s => s.CandidateId == "cowork");

        Assert.Equal(single.Score, shared.Score, 3);
    }

    [Fact]
    public void TopFor_ClientSeekersOtherNeed_RanksAboveANamedClientWithoutTheNeed()
    {
        var matcher = Matcher(
            Member("animator", "Ich mache Trickfilme und Animationen.", "Ich suche Musiker*innen, die ein Musikvideo wollen, und einen Schreibtisch im Coworking."),
            Member("cowork", "Ich betreibe einen Coworking-Space in der Altstadt.", ""),
            Member("band-only", "Wir sind eine Punkband.", "Wir suchen einen Proberaum."));

        var top = matcher.TopFor("animator", 5).Select(s => s.CandidateId).ToList();

        Assert.Equal(["cowork", "band-only"], top);
    }

    private static CompetenceTag Tag(IReadOnlyList<CompetenceTag> tags, string id) => Assert.Single(tags, t => t.CompetenceId == id);
}
