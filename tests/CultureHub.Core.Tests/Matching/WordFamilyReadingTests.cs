using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>Word families added in the fifth round, on sentences written for these tests, in both languages.</summary>
public sealed class WordFamilyReadingTests
{
    [Theory]
    [InlineData("Für unsere Sendung fehlt noch eine Erkennungsmelodie.", Language.De, "composition")]
    [InlineData("Wer schreibt uns eine Titelmelodie für das Hörspiel?", Language.De, "composition")]
    [InlineData("We'd love a theme tune for our new show.", Language.En, "composition")]
    [InlineData("Ich brauche jemanden für die Buchgestaltung meines Gedichtbands.", Language.De, "graphic_design")]
    [InlineData("Looking for help with typesetting my poetry collection.", Language.En, "graphic_design")]
    [InlineData("Für den Roman fehlt mir noch ein Buchcover.", Language.De, "cover_art")]
    [InlineData("I still need a book cover for my novel.", Language.En, "cover_art")]
    [InlineData("Für den Onlineshop brauche ich Packshots von meinen Taschen.", Language.De, "photography")]
    [InlineData("I need catalogue shots of my knitwear.", Language.En, "photography")]
    [InlineData("We need someone to run sound at our monthly open mic.", Language.En, "live_sound")]
    [InlineData("Für unser Duo suchen wir einen Ort zum Proben, gern auf dem Dorf.", Language.De, "rehearsal_room")]
    [InlineData("Ich suche einen Platz zum Üben für mein Schlagzeug.", Language.De, "rehearsal_room")]
    public void ReadSeeks_WordOfTheFamily_SeeksTheCraft(string text, Language language, string expected)
    {
        Assert.Contains(expected, Ids(Reader.ReadSeeks(text, language)));
    }
}
