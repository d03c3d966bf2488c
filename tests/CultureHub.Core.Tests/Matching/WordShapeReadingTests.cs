using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Readings decided by a word's form and its neighbours, on sentences written for these tests (none comes
/// from a graded set): names, homographs, plural groups one works for, "wir spielen" after a stated role,
/// articles that look like separable particles, and what a member says they are good at in a search.
/// </summary>
public sealed class WordShapeReadingTests
{
    [Theory]
    [InlineData("Wir sind Sternlicht, eine Indie-Band aus Celle.", "Ich mache Sternlicht.", "lighting", Language.De)]
    [InlineData("Ich spiele Bass im Jazztrio Blue Moon aus Lüneburg.", "Ich spiele Blues.", "style_rock", Language.De)]
    [InlineData("We are Stage Light Orchestra, a folk duo from Stade.", "We do stage light.", "lighting", Language.En)]
    public void ReadOffers_TermInsideABandName_IsNotTheirCraft(string text, string outsideAName, string inName, Language language)
    {
        var offers = Reader.ReadOffers(text, language);
        var control = Reader.ReadOffers(outsideAName, language);

        Assert.True(Confidence(control, inName) > 0, $"outside a name the word reads as {inName}: {Dump(control)}");
        Assert.True(Confidence(offers, inName) == 0, $"{inName} is part of a name: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_OneWordAfterBand_IsStillAnInstrument()
    {
        var offers = Reader.ReadOffers("Ich spiele in einer Band Gitarre und singe.", Language.De);

        Assert.True(Confidence(offers, "guitar") > 0.8, Dump(offers));
    }

    [Fact]
    public void ReadOffers_BookVolumes_AreNoBand()
    {
        var offers = Reader.ReadOffers("Schreibe Fantasyromane, vier Bände sind schon erschienen.", Language.De);

        Assert.True(Confidence(offers, "band") == 0, $"Bände are book volumes: {Dump(offers)}");
        Assert.True(Confidence(offers, "author") > 0.8, Dump(offers));
    }

    [Fact]
    public void ReadOffers_HyphenatedCompoundAfterAGroupWord_StartsNoName()
    {
        var seeks = Reader.ReadSeeks("Für das Chor-Projekt Lichttechnik Vor Ort gesucht.", Language.De);

        Assert.True(Confidence(seeks, "lighting") > 0.8, Dump(seeks));
    }

    [Theory]
    [InlineData("Ich suche ein Lektorat, im zweiten Band sind noch viele Fehler.")]
    [InlineData("Ich suche ein Lektorat für das Band über Vögel.")]
    public void ReadSeeks_BandAfterANonFeminineArticle_IsABookVolume(string text)
    {
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.True(Confidence(seeks, "band") == 0, $"a masculine or neuter Band is a volume: {Dump(seeks)}");
        Assert.True(Confidence(seeks, "editing") > 0.8, Dump(seeks));
    }

    [Theory]
    [InlineData("Das ist meine Band aus Celle.")]
    [InlineData("Bassist, seit zwei Jahren in der neuen Band.")]
    public void ReadOffers_BandAfterAFeminineArticle_StaysTheMusicBand(string text)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, "band") > 0, $"the music band is read, not dropped as a volume: {Dump(offers)}");
    }

    [Theory]
    [InlineData("Fotograf aus Celle: Hochzeiten, Familien, Bands.", "photography", "band")]
    [InlineData("Als Tontechnikerin betreue ich drei Bands aus der Region.", "live_sound", "band")]
    [InlineData("Tontechnikerin aus Celle, ich betreue Chöre und Orchester.", "live_sound", "choir")]
    public void ReadOffers_PluralGroupsTheyWorkFor_AreClients(string text, string role, string group)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, role) > 0.8, Dump(offers));
        Assert.True(Confidence(offers, group) < 0.5, $"the {group}s are clients: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_PluralGroupsTheyPlayIn_StayTheirRole()
    {
        var offers = Reader.ReadOffers("Ich spiele in zwei Bands aus Verden.", Language.De);

        Assert.True(Confidence(offers, "band") > 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Ich leite ein kleines Puppentheater in Celle. Wir spielen für Kinder und Familien.", "theatre")]
    [InlineData("Unsere Tanzgruppe probt in Uelzen, wir spielen auf Stadtfesten.", "dance")]
    public void ReadOffers_WirSpielenAfterANonMusicRole_IsNoBand(string text, string role)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, role) > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "band") == 0, $"they play as a {role}: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_WirSpielenAlone_IsStillABand()
    {
        var offers = Reader.ReadOffers("Wir spielen auf Hochzeiten und Dorffesten.", Language.De);

        Assert.True(Confidence(offers, "band") > 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Ich produziere Podcasts über Landwirtschaft.", "podcast", Language.De)]
    [InlineData("I produce short films and documentaries.", "film_production", Language.En)]
    public void ReadOffers_ProduceWithAnObjectOfAnotherCraft_IsThatCraftNotMusic(string text, string role, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, role) > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "music_production") == 0, $"the object says what is produced: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_ProgramWithALightingObject_IsNoGameDevelopment()
    {
        var lights = Reader.ReadOffers("Lichttechniker, ich programmiere auf grandMA und baue Lichtshows.", Language.De);
        var games = Reader.ReadOffers("Ich programmiere Spiele in Godot.", Language.De);

        Assert.True(Confidence(lights, "game_dev") == 0, $"the desk says what is programmed: {Dump(lights)}");
        Assert.True(Confidence(games, "game_dev") > 0.8, Dump(games));
    }

    [Fact]
    public void ReadOffers_ListAfterFuerAndAStyle_StaysWhomTheWorkIsFor()
    {
        var offers = Reader.ReadOffers("Ausstatterin. Ich baue Räume für die große Oper, Tanz und Ausstellungen.", Language.De);

        Assert.True(Confidence(offers, "set_design") > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "dance") < 0.5, $"dance is whom the rooms are for: {Dump(offers)}");
        Assert.True(Confidence(offers, "gallery") < 0.5, $"exhibitions are whom the rooms are for: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_ProduceBeats_IsStillMusicProduction()
    {
        var offers = Reader.ReadOffers("Ich produziere Beats und mische Songs.", Language.De);

        Assert.True(Confidence(offers, "music_production") > 0.8, Dump(offers));
    }

    [Fact]
    public void ReadOffers_TruncatedCompoundPart_CountsLikeAModifier()
    {
        var offers = Reader.ReadOffers("Anwältin für Musikrecht: Label- und Verlagsverträge, Urheberrecht.", Language.De);

        Assert.True(Confidence(offers, "legal") > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "label") < 0.5, $"'Label-' is a kind of contract here: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_ArticleAfterSpielen_IsNoSeparableParticle()
    {
        var article = Reader.ReadOffers("Jeden Herbst spielen wir ein neues Märchen in der Scheune.", Language.De);
        var particle = Reader.ReadOffers("Ich spiele Parts ein, am liebsten Geige.", Language.De);

        Assert.True(Confidence(article, "session_musician") == 0, Dump(article));
        Assert.True(Confidence(particle, "session_musician") > 0.5, Dump(particle));
    }

    [Theory]
    [InlineData("Ich bin gut an der Kamera, aber beim Schnitt verzweifle ich.", "camera", "film_editing", Language.De)]
    [InlineData("Am Mischpult bin ich gut, nur die Gitarre fehlt.", "mixing", "guitar", Language.De)]
    [InlineData("I'm good with a camera, but I need a video editor.", "camera", "film_editing", Language.En)]
    public void ReadSeeks_WhatTheyAreGoodAt_IsNoNeed(string text, string skill, string need, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.True(Confidence(seeks, skill) == 0, $"{skill} is their own skill: {Dump(seeks)}");
        Assert.True(Confidence(seeks, need) > 0.8, Dump(seeks));
    }

    [Fact]
    public void ReadSeeks_NotGoodAt_IsANeedDespiteTheNegation()
    {
        var seeks = Reader.ReadSeeks("Ich bin nicht gut im Videoschnitt.", Language.De);

        Assert.True(Confidence(seeks, "film_editing") > 0.8, Dump(seeks));
    }

    [Fact]
    public void ReadSeeks_GoodAsAnAdjectiveOfTheNeed_StaysANeed()
    {
        var seeks = Reader.ReadSeeks("Ich will gute Fotos von meinen Bildern.", Language.De);

        Assert.True(Confidence(seeks, "photography") > 0.8, Dump(seeks));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
