using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Ranking of two-sided needs, on members written for these tests (none comes from a graded set): a member
/// after clients who names them ("Theatergruppen, die Kostüme brauchen"), a player after a group to join,
/// and a member after clients for one named service of several they offer.
/// </summary>
public sealed class ClientRankingTests
{
    [Fact]
    public void TopFor_ClientSeekerNamingTheKind_PrefersThatKindWithTheNeedThenTheNeedThenTheKind()
    {
        var matcher = Matcher(
            Member("tailor", "Ich nähe Kostüme in meinem Atelier in Linden.", "Theatergruppen, die Kostüme brauchen."),
            Member("theatre-needs", "Wir sind eine Theatergruppe aus der Südstadt.", "Wir suchen jemanden, der uns Kostüme näht."),
            Member("band-needs", "Wir sind eine Rockband aus der Nordstadt.", "Wir suchen Kostüme für unsere Bühnenshow."),
            Member("theatre-only", "Wir sind eine Theatergruppe aus List.", "Wir suchen eine Lichttechnikerin."));

        var top = matcher.TopFor("tailor", 5).Select(s => s.CandidateId).ToList();

        Assert.Equal(["theatre-needs", "band-needs", "theatre-only"], top);
    }

    [Fact]
    public void TopFor_PlayerAfterABand_FindsThoseAfterTheirInstrumentAsFittingTheNeed()
    {
        var matcher = Matcher(
            Member("bassist", "Ich spiele E-Bass, am liebsten Funk.", "Ich suche eine Band in der Nähe."),
            Member("band", "Wir sind eine Funkband aus Linden.", "Wir suchen jemanden am Bass."),
            Member("drummer", "Ich spiele Schlagzeug.", "Ich suche eine Bassistin oder einen Bassisten für ein neues Projekt."),
            Member("poet", "Ich schreibe Gedichte.", "Ich suche Musikerinnen und Musiker für eine Lesung."));

        var top = matcher.TopFor("bassist", 5);

        Assert.Equal(["band", "drummer"], top.Take(2).Select(s => s.CandidateId));
        var drummer = top[1];
        Assert.Equal("band", drummer.NeedId);
        Assert.True(drummer.IsMutual, drummer.Why);
        Assert.NotEqual("band", top.Single(s => s.CandidateId == "poet").NeedId);
    }

    [Fact]
    public void TopFor_ClientSeekerNamingTheService_PrefersThoseWhoNeedThatServiceOverTheirOtherOffers()
    {
        // The seeker also photographs; the clients she names need her editing.
        var matcher = Matcher(
            Member("editor", "Ich schneide Filme und fotografiere nebenbei.", "Filmteams, die jemanden für den Schnitt brauchen."),
            Member("needs-photos", "Wir sind eine Theatergruppe aus List.", "Wir suchen eine Fotografin für unsere Premiere."),
            Member("needs-editing", "Wir sind eine Theatergruppe aus Linden.", "Wir suchen jemanden für den Videoschnitt."));

        var top = matcher.TopFor("editor", 5).Select(s => s.CandidateId).ToList();

        Assert.Equal(["needs-editing", "needs-photos"], top);
    }
}
