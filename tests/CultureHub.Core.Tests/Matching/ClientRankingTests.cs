using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// A member after clients who names them ("Theatergruppen, die Kostüme brauchen"), on members written for
/// this test: one of the named kind who needs the service ranks first, one of another kind who needs it
/// next, and one of the named kind who does not say they need it last.
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
}
