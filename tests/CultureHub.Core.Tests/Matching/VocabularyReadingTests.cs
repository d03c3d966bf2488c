using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Word families and words that meant something else, on sentences written for these tests (none comes
/// from a graded set): a craft's workplace and tools name the craft, and an everyday word of one language
/// that shares its stem with a trade word of the other names nothing.
/// </summary>
public sealed class VocabularyReadingTests
{
    [Theory]
    [InlineData("Am Schneidetisch verliere ich jede Geduld, da brauche ich Hilfe.", Language.De)]
    [InlineData("Ich suche jemanden, der sich mit einem Schnittprogramm auskennt.", Language.De)]
    [InlineData("Someone who is at home in the cutting room – I only shoot.", Language.En)]
    public void ReadSeeks_EditingWorkplaceOrTool_SeeksFilmEditing(string text, Language language)
    {
        Assert.Contains("film_editing", Ids(Reader.ReadSeeks(text, language)));
    }

    [Theory]
    [InlineData("Ich schreibe Musik für Hörspiele und kleine Theaterstücke.", Language.De)]
    [InlineData("I write music for short films and podcasts.", Language.En)]
    public void ReadOffers_WritingMusic_IsComposition(string text, Language language)
    {
        Assert.Contains("composition", Ids(Reader.ReadOffers(text, language)));
    }

    [Theory]
    [InlineData("Für unser Spiel fehlt noch jemand für die Sprachaufnahmen.", Language.De)]
    [InlineData("We still need someone for the voice recordings of our game.", Language.En)]
    public void ReadSeeks_VoiceRecordings_SeeksAVoiceNotAStudio(string text, Language language)
    {
        var seeks = Ids(Reader.ReadSeeks(text, language));

        Assert.Contains("voice_over", seeks);
        Assert.DoesNotContain("recording", seeks);
    }

    [Theory]
    [InlineData("Wir haben eine leere Halle geerbt und suchen Hilfe bei der Umnutzung.", Language.De)]
    [InlineData("Our village has an empty building and we want to bring it back to life.", Language.En)]
    public void ReadSeeks_RepurposingABuilding_SeeksVenueDevelopment(string text, Language language)
    {
        Assert.Contains("venue_development", Ids(Reader.ReadSeeks(text, language)));
    }

    [Theory]
    [InlineData("Ich suche Musikerinnen mit Ideen für ein gemeinsames Album.", Language.De)]
    [InlineData("Looking for a drummer with fresh ideas.", Language.En)]
    public void ReadSeeks_IdeasOfPeople_AreNoVenueDevelopment(string text, Language language)
    {
        Assert.DoesNotContain("venue_development", Ids(Reader.ReadSeeks(text, language)));
    }

    [Fact]
    public void ReadOffers_SendingFiles_IsNoRadio()
    {
        var offers = Ids(Reader.ReadOffers("I play violin at home and send you the recorded parts.", Language.En));
        var radio = Ids(Reader.ReadOffers("Ich moderiere beim Radiosender in Lingen.", Language.De));

        Assert.DoesNotContain("radio", offers);
        Assert.Contains("radio", radio);
    }

    [Fact]
    public void ReadOffers_TheDeskOfASoundEngineer_IsNoCoworking()
    {
        var offers = Ids(Reader.ReadOffers("Live sound engineer with my own PA and a 24-channel desk.", Language.En));
        var seeks = Ids(Reader.ReadSeeks("Looking for desk space in a shared office near the station.", Language.En));

        Assert.Contains("live_sound", offers);
        Assert.DoesNotContain("coworking", offers);
        Assert.Contains("coworking", seeks);
    }

    [Fact]
    public void ReadSeeks_SoulAndFunk_AreAGenreBesideTheNeed()
    {
        var seeks = Reader.ReadSeeks("Ich suche eine Sängerin für Soul und Funk.", Language.De);

        Assert.Contains("vocals", Ids(seeks));
        Assert.Contains("style_soul", Ids(seeks));
    }

    [Theory]
    [InlineData("Is there a screen printing studio nearby that rents out its press by the day?", Language.En)]
    [InlineData("Gibt es hier eine Siebdruckerei, die mit Künstlern zusammenarbeitet?", Language.De)]
    public void ReadSeeks_ScreenPrintingWorkshop_SeeksPrintingNotLessons(string text, Language language)
    {
        var seeks = Ids(Reader.ReadSeeks(text, language));

        Assert.Contains("merch_printing", seeks);
        Assert.DoesNotContain("music_teaching", seeks);
    }
}
