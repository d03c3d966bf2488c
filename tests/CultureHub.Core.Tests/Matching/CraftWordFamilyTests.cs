using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Word families whose parts name another craft, on sentences written for these tests (none comes from a
/// graded set): editing sound is no film editing, music written for an intro is composition, songs played
/// as covers are no cover art, a school of an art gives lessons, working together with someone is no search
/// for clients, an acoustic duo is a band, a game genre names a game, a shop is no web shop, a blend
/// ("Mischung") is no mix, and designing games is game development.
/// </summary>
public sealed class CraftWordFamilyTests
{
    [Theory]
    [InlineData("Ich mache Audio-Schnitt für Hörbücher und Features.", Language.De)]
    [InlineData("Hörspielschnitt ist mein Alltag.", Language.De)]
    [InlineData("I'm an audio editor for radio features.", Language.En)]
    public void ReadOffers_EditingSound_IsMixingNotFilmEditing(string text, Language language)
    {
        var offers = Ids(Reader.ReadOffers(text, language));

        Assert.Contains("mixing", offers);
        Assert.DoesNotContain("film_editing", offers);
    }

    [Theory]
    [InlineData("Ich schneide Podcasts und Radiofeatures.", Language.De)]
    [InlineData("Wer kann unsere Folgen schneiden?", Language.De)]
    [InlineData("Looking for someone to edit our podcast.", Language.En)]
    [InlineData("I edit podcasts for small labels.", Language.En)]
    public void Read_EditingPodcastsAndEpisodes_IsMixingNotTextOrFilmEditing(string text, Language language)
    {
        var read = Ids(Reader.ReadOffers(text, language)).Concat(Ids(Reader.ReadSeeks(text, language))).ToList();

        Assert.Contains("mixing", read);
        Assert.DoesNotContain("editing", read);
        Assert.DoesNotContain("film_editing", read);
    }

    [Theory]
    [InlineData("Ich suche einen Platz im Coworking.")]
    [InlineData("Wer hat noch einen Platz in seiner Fahrgemeinschaft frei?")]
    public void ReadSeeks_APlaceThatIsNoSeat_IsNoVenue(string text)
    {
        Assert.DoesNotContain("venue", Ids(Reader.ReadSeeks(text, Language.De)));
    }

    [Fact]
    public void ReadOffers_ClubWithItsSeats_IsAVenue()
    {
        Assert.Contains("venue", Ids(Reader.ReadOffers("Wir haben einen alten Hof mit 90 Plätzen.", Language.De)));
    }

    [Theory]
    [InlineData("Für unsere Sendung fehlt noch eine Intro-Musik.", Language.De)]
    [InlineData("Wir brauchen Hintergrundmusik für einen Erklärfilm.", Language.De)]
    [InlineData("We need some outro music for our show.", Language.En)]
    public void ReadSeeks_MusicForAnIntroOrBackground_SeeksCompositionNotMusicians(string text, Language language)
    {
        var seeks = Ids(Reader.ReadSeeks(text, language));

        Assert.Contains("composition", seeks);
        Assert.DoesNotContain("musician", seeks);
    }

    [Theory]
    [InlineData("Wir spielen Coverversionen von Schlagern bis Rock.", Language.De)]
    [InlineData("Unser Programm: zwei Stunden Coversongs.", Language.De)]
    [InlineData("We play cover songs at weddings.", Language.En)]
    public void ReadOffers_PlayingCovers_IsNoCoverArt(string text, Language language)
    {
        var offers = Ids(Reader.ReadOffers(text, language));

        Assert.DoesNotContain("cover_art", offers);
        Assert.Contains("style_covers", offers);
    }

    [Theory]
    [InlineData("Ich leite eine kleine Ballettschule am Stadtrand.", Language.De)]
    [InlineData("Wir sind eine Jugendkunstschule mit Kursen für alle Altersstufen.", Language.De)]
    [InlineData("I run a drama school for teenagers.", Language.En)]
    public void ReadOffers_SchoolOfAnArt_TeachesLessons(string text, Language language)
    {
        Assert.Contains("music_teaching", Ids(Reader.ReadOffers(text, language)));
    }

    [Theory]
    [InlineData("Ich bin Tonmeisterin und nehme Kammermusik auf.", Language.De)]
    [InlineData("Recording engineer with a small room for voice and strings.", Language.En)]
    public void ReadOffers_RecordingEngineer_IsRecording(string text, Language language)
    {
        Assert.Contains("recording", Ids(Reader.ReadOffers(text, language)));
    }

    [Theory]
    [InlineData("Ich würde gern mit einer Fotografin zusammenarbeiten.", Language.De)]
    [InlineData("Suche Zusammenarbeit mit einem Tischler für Bühnenbauten.", Language.De)]
    [InlineData("Open to collaborations with a printmaker.", Language.En)]
    public void ReadSeeks_WorkingTogether_IsNoSearchForClients(string text, Language language)
    {
        Assert.DoesNotContain("clients", Ids(Reader.ReadSeeks(text, language)));
    }

    [Theory]
    [InlineData("Wir sind ein Akustik-Duo und spielen in Cafés.", Language.De)]
    [InlineData("We're an acoustic trio from the coast.", Language.En)]
    public void ReadOffers_AcousticDuo_IsABandNotRoomAcoustics(string text, Language language)
    {
        var offers = Ids(Reader.ReadOffers(text, language));

        Assert.Contains("band", offers);
        Assert.DoesNotContain("acoustics", offers);
    }

    [Fact]
    public void ReadSeeks_DesigningBooks_SeeksGraphicDesign()
    {
        Assert.Contains("graphic_design", Ids(Reader.ReadSeeks("Looking for someone who designs books.", Language.En)));
    }

    [Theory]
    [InlineData("Wir sind zu zweit und bauen gerade einen Plattformer.", Language.De)]
    [InlineData("Our little team is making a metroidvania.", Language.En)]
    public void ReadOffers_GameGenre_MakesGames(string text, Language language)
    {
        Assert.Contains("game_studio", Ids(Reader.ReadOffers(text, language)));
    }

    [Theory]
    [InlineData("Früher stand ich jahrelang in einem Plattenshop hinter der Theke.", Language.De)]
    [InlineData("Ich habe einen kleinen Shop für Wolle und Stoffe.", Language.De)]
    public void ReadOffers_AShopOfAnyKind_IsNoWebDevelopment(string text, Language language)
    {
        Assert.DoesNotContain("web_dev", Ids(Reader.ReadOffers(text, language)));
    }

    [Theory]
    [InlineData("Wir brauchen einen Webshop für unsere Drucke, gern mit Shopify.", Language.De)]
    [InlineData("Someone who knows WooCommerce for our merch.", Language.En)]
    public void ReadSeeks_WebShopOrShopSystem_SeeksWebDevelopment(string text, Language language)
    {
        Assert.Contains("web_dev", Ids(Reader.ReadSeeks(text, language)));
    }

    [Fact]
    public void ReadOffers_ABlend_IsAtMostAGuessAtMixing()
    {
        // Only the typo-tolerant fallback still hears "Abmischung" in it, as a low-confidence guess.
        var offers = Reader.ReadOffers("Unsere Lieder sind eine Mischung aus Chanson und Polka.", Language.De);

        Assert.DoesNotContain(offers, t => t.CompetenceId == "mixing" && t.Confidence > 0.5);
    }

    [Fact]
    public void ReadOffers_ShapingInGeneral_IsNoGraphicDesign()
    {
        Assert.DoesNotContain("graphic_design", Ids(Reader.ReadOffers("Die Gestaltung unseres Gartens machen wir selbst.", Language.De)));
    }

    [Fact]
    public void ReadOffers_DesigningGames_IsGameDevelopmentNotGraphicDesign()
    {
        var offers = Ids(Reader.ReadOffers("I design games about small towns.", Language.En));

        Assert.Contains("game_dev", offers);
        Assert.DoesNotContain("graphic_design", offers);
    }

    [Theory]
    [InlineData("Ich suche jemanden, der unsere Konzerte aufnimmt.")]
    [InlineData("Wir brauchen jemanden, um unsere Lesung aufzunehmen.")]
    [InlineData("Wer hat Lust, unser Hörspiel aufzunehmen?")]
    public void ReadSeeks_AufnehmenInEveryForm_IsRecording(string text)
    {
        Assert.Contains("recording", Ids(Reader.ReadSeeks(text, Language.De)));
    }
}
