using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// The misreadings of issue 11, on sentences written for these tests (none comes from a graded set):
/// a member's role against whom they work for, client-seeking needs, negation, locality, and
/// remote-capable help against nearby people of the wrong craft.
/// </summary>
public sealed class ClauseReadingTests
{
    [Theory]
    [InlineData("Ich fotografiere Bands in kleinen Clubs.", "photography", "band", Language.De)]
    [InlineData("Ich fotografiere seit Jahren Chöre, Orchester und Bands.", "photography", "choir", Language.De)]
    [InlineData("Booking für Punkbands und Hardcore-Acts.", "booking", "band", Language.De)]
    [InlineData("Grafik für Musiker*innen: Plakate und Cover.", "graphic_design", "musician", Language.De)]
    [InlineData("I record choirs, orchestras and bands on location.", "recording", "choir", Language.En)]
    [InlineData("Ich moderiere eine Sendung und stelle jede Woche Bands vor.", "radio", "band", Language.De)]
    public void ReadOffers_WhomTheyWorkFor_IsAMentionNotTheirRole(string text, string role, string mention, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, role) > 0.8, $"{role} is what they do: {Dump(offers)}");
        Assert.True(Confidence(offers, mention) < 0.5, $"{mention} is whom they work for: {Dump(offers)}");
    }

    [Theory]
    [InlineData("Sound engineer from Celle. I can record choirs or bands in churches.", "recording", "band")]
    [InlineData("Illustrator from Bremen. I draw covers for bands and authors.", "illustration", "author")]
    public void ReadOffers_EnglishListOfObjectsInACapitalisedText_StaysAMention(string text, string role, string mention)
    {
        // English writes nouns small, so a small letter says nothing about verbs there; the names in the
        // text ("Celle") must not switch on the German reading that makes a small "bands" a new predicate.
        var offers = Reader.ReadOffers(text, Language.En);

        Assert.True(Confidence(offers, role) > 0.8, $"{role} is what they do: {Dump(offers)}");
        Assert.True(Confidence(offers, mention) < 0.5, $"{mention} is whom they work for: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_EnglishNewSentenceWithASpeaker_StaysTheirRole()
    {
        var offers = Reader.ReadOffers("Wedding photographer from Lüneburg, and I also play bass in a covers band.", Language.En);

        Assert.True(Confidence(offers, "photography") > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "bass") > 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Ich spiele Gitarre in einer Coverband.", "guitar", "band")]
    [InlineData("Sängerin und Gitarristin, dazu ein bisschen Klavier.", "vocals", "guitar")]
    [InlineData("Ich fotografiere Hochzeiten und spiele nebenbei Bass.", "photography", "bass")]
    public void ReadOffers_ListedOrNewPredicate_StaysTheirRole(string text, string first, string second)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, first) > 0.8, Dump(offers));
        Assert.True(Confidence(offers, second) > 0.8, Dump(offers));
    }

    [Fact]
    public void ReadOffers_LightVerbBeforeAnotherCraft_IsThatCraft()
    {
        var improv = Reader.ReadOffers("Wir spielen Improtheater, jeden Monat in einer Kneipe.", Language.De);
        var band = Reader.ReadOffers("Wir spielen Rock und Blues auf Stadtfesten.", Language.De);

        Assert.True(Confidence(improv, "theatre") > 0.8, Dump(improv));
        Assert.True(Confidence(improv, "band") < 0.5, Dump(improv));
        Assert.True(Confidence(band, "band") > 0.8, Dump(band));
    }

    [Theory]
    [InlineData("Ich leite einen Chor und gebe Gesangsunterricht.", "music_teaching", Language.De)]
    [InlineData("Ich gebe Klavierunterricht und spiele in einer Jazzband.", "band", Language.De)]
    [InlineData("I run a youth choir and give singing lessons.", "music_teaching", Language.En)]
    public void ReadOffers_SecondPredicateAfterUnd_IsTheMembersOwn(string text, string role, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, role) >= 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Wir spielen in Kneipen.", "venue", Language.De)]
    [InlineData("Wir spielen meistens in Kneipen und Clubs.", "venue", Language.De)]
    [InlineData("We are a ska band and play in pubs and at street parties.", "venue", Language.En)]
    public void ReadOffers_PlaceAGroupPlaysIn_IsNoPlaceTheyRun(string text, string place, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, "band") >= 0.5, Dump(offers));
        Assert.True(Confidence(offers, place) < 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Wir betreiben einen Club und geben jungen Bands eine Bühne.", Language.De)]
    [InlineData("We run a small club and give young bands a stage.", Language.En)]
    public void ReadOffers_GivingBandsAStage_IsNoBand(string text, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, "venue") >= 0.5, Dump(offers));
        Assert.True(Confidence(offers, "band") < 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Ich suche alle, die Kostüme brauchen – Theater, Tanz, Filmdrehs.", "costume", Language.De)]
    [InlineData("Autorinnen und kleine Verlage, die ein gründliches Lektorat brauchen.", "editing", Language.De)]
    [InlineData("Singers and bands who need a producer for their first EP.", "music_production", Language.En)]
    [InlineData("Tanzgruppen, die eine Probebühne suchen.", "rehearsal_room", Language.De)]
    [InlineData("Small choirs that need a website of their own.", "web_dev", Language.En)]
    [InlineData("A youth theatre which needs costumes for its summer play.", "costume", Language.En)]
    public void ReadSeeks_OtherPeoplesNeed_MakesTheMemberAClientSeeker(string text, string theirNeed, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.Contains("clients", Ids(seeks));
        Assert.True(Confidence(seeks, theirNeed) < 0.5, $"{theirNeed} is the clients' need: {Dump(seeks)}");
    }

    [Fact]
    public void ReadSeeks_ThatAsADemonstrative_LeavesTheNeedTheMembers()
    {
        var seeks = Reader.ReadSeeks("My first album is nearly done. That needs a real illustrator for the cover.", Language.En);

        Assert.DoesNotContain("clients", Ids(seeks));
        Assert.True(Confidence(seeks, "illustration") > 0.8, Dump(seeks));
    }

    [Theory]
    [InlineData("Jemanden, der uns bei Auftritten abmischt.", "live_sound")]
    [InlineData("Jemand, der mit uns Songs schreibt.", "songwriting")]
    [InlineData("Wir suchen eine Person, die uns beim Songs schreiben hilft.", "songwriting")]
    public void ReadSeeks_SomeoneWhoDoesItForUs_IsTheMembersOwnNeed(string text, string need)
    {
        // "uns" is no possessive ("für unsere Band" names what they have), and "schreibt" is "schreiben"
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.True(Confidence(seeks, need) >= 0.5, Dump(seeks));
    }

    [Fact]
    public void ReadSeeks_SomeoneWhoDoesAThing_IsTheMembersOwnNeed()
    {
        var seeks = Reader.ReadSeeks("Jemanden, der mir hilft, die Aufnahmen zu mischen.", Language.De);

        Assert.DoesNotContain("clients", Ids(seeks));
        Assert.True(Confidence(seeks, "mixing") > 0.8, Dump(seeks));
    }

    [Theory]
    [InlineData("A producer for my demos. Not looking for a band.", "band", "music_production", Language.En)]
    [InlineData("Keine Band, sondern eine Sängerin für Auftritte zu zweit.", "band", "vocals", Language.De)]
    public void ReadSeeks_Negated_IsNotSought(string text, string negated, string sought, Language language)
    {
        var seeks = Ids(Reader.ReadSeeks(text, language));

        Assert.DoesNotContain(negated, seeks);
        Assert.Contains(sought, seeks);
    }

    [Fact]
    public void ReadSeeks_NotOnly_IsNoNegation()
    {
        Assert.Contains("drums", Ids(Reader.ReadSeeks("Nicht nur Schlagzeug, auch Percussion wäre schön.", Language.De)));
    }

    [Fact]
    public void ReadSeeks_PurposeAfterTheNeed_CountsLess()
    {
        var seeks = Reader.ReadSeeks("Jemand, der meine Leinwände abfotografiert für eine neue Website.", Language.De);

        Assert.True(Confidence(seeks, "photography") > 0.5, Dump(seeks));
        Assert.True(Confidence(seeks, "web_dev") < 0.5, Dump(seeks));
    }

    [Theory]
    [InlineData("Wer kann unser Material schneiden? Am Schnittplatz bin ich hoffnungslos.", "film_editing")]
    [InlineData("Jemand, der meine Ölbilder abfotografiert.", "photography")]
    [InlineData("Wer baut uns Kulissen für die Tournee?", "set_design")]
    [InlineData("Eine Galerie oder ein Kunstraum, wo ich ausstellen kann.", "exhibition_space")]
    public void ReadSeeks_CompoundsAndParaphrases_AreUnderstood(string text, string need)
    {
        Assert.Contains(need, Ids(Reader.ReadSeeks(text, Language.De)));
    }

    [Theory]
    [InlineData("Wir hätten gern einen ordentlichen Mitschnitt von unserem Sommerkonzert.", Language.De)]
    [InlineData("Jemand, der beim Chorfest einen Livemitschnitt macht.", Language.De)]
    [InlineData("Someone to make a live recording of our album release show.", Language.En)]
    public void ReadSeeks_RecordingOfAConcert_IsRecordingNotEditing(string text, Language language)
    {
        // "Mitschnitt" holds "Schnitt" (editing) only as a part; the whole word is a recording.
        var seeks = Reader.ReadSeeks(text, language);

        Assert.True(Confidence(seeks, "recording") > 0.5, Dump(seeks));
        Assert.True(Confidence(seeks, "film_editing") < 0.5, Dump(seeks));
    }

    [Theory]
    [InlineData("Jemanden aus der Gegend, den ich auch mal treffen kann.", Locality.Local)]
    [InlineData("Kann gern auch online laufen.", Locality.Remote)]
    [InlineData("Someone nearby, ideally in the same town.", Locality.Local)]
    public void ReadLocality_RegionOrRemote(string text, Locality expected)
    {
        Assert.Equal(expected, Reader.ReadLocality(text, text.StartsWith("Someone", StringComparison.Ordinal) ? Language.En : Language.De));
    }

    [Fact]
    public void TopFor_RemoteEditorFarAway_BeatsCameraPeopleNextDoor()
    {
        var matcher = Matcher(
            Member("doc", "Ich drehe Dokumentarfilme, die Kamera mache ich selbst.", "Jemanden für den Schnitt.", Hannover),
            Member("cam1", "Kameramann für Imagefilme.", "", Langenhagen),
            Member("cam2", "Kamerafrau und Drohnenpilotin.", "", Hannover),
            Member("editor", "Cutterin, schneide Dokus, arbeite komplett remote.", "", Emden));

        Assert.Equal("editor", matcher.TopFor("doc", 3)[0].CandidateId);
    }

    [Fact]
    public void TopFor_ClientSeeker_PrefersWhoNeedsTheOfferOverWhoIsMerelyMentioned()
    {
        var matcher = Matcher(
            Member("tailor", "Gewandmeisterin, ich nähe Kostüme.", "Theater und Tanzgruppen, die Kostüme brauchen.", Hannover),
            Member("theatre", "Wir sind ein freies Theater.", "Eine neue Website.", Hannover),
            Member("dance", "Tanzkollektiv, zeitgenössischer Tanz.", "Kostüme für unser nächstes Stück.", Langenhagen));

        Assert.Equal("dance", matcher.TopFor("tailor", 3)[0].CandidateId);
    }

    [Theory]
    [InlineData("Suche einen Kammeramann.", "camera", Language.De)]
    [InlineData("Looking for a photograher.", "photography", Language.En)]
    public void ReadSeeks_TypoWhereNothingElseIsUnderstood_AddsALowConfidenceReading(string text, string meant, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.InRange(Confidence(seeks, meant), 0.1, 0.5);
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
