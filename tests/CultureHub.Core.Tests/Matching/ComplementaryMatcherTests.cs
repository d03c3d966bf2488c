using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

public sealed class ComplementaryMatcherTests
{
    [Fact]
    public void TopFor_SeekerAndProviderOfSameSkill_ProviderSuggested()
    {
        var matcher = Matcher(
            Member("seeker", "Wir sind eine Indie-Band.", "Wir suchen jemanden für den Live-Sound bei unseren Konzerten."),
            Member("provider", "Ich bin Tontechnikerin und mische Bands live.", ""),
            Member("other", "Ich male Aquarelle.", ""));

        var top = matcher.TopFor("seeker", 5);

        Assert.Equal("provider", Assert.Single(top).CandidateId);
    }

    [Fact]
    public void Explain_OnePair_AgreesWithTopForAndIsNullWithoutFit()
    {
        var matcher = Matcher(
            Member("seeker", "Wir sind eine Indie-Band.", "Wir suchen jemanden für den Live-Sound bei unseren Konzerten."),
            Member("provider", "Ich bin Tontechnikerin und mische Bands live.", ""),
            Member("other", "Ich male Aquarelle.", ""));

        var explained = matcher.Explain("seeker", "provider");

        Assert.Equal(Assert.Single(matcher.TopFor("seeker", 5)), explained);
        Assert.Null(matcher.Explain("seeker", "other"));
        Assert.Null(matcher.Explain("seeker", "seeker"));
    }

    [Fact]
    public void TopFor_TwoSeekersOfSameSkill_AreNotMatched()
    {
        var matcher = Matcher(
            Member("a", "Ich male Bilder.", "Ich suche einen Gitarristen."),
            Member("b", "Ich schreibe Gedichte.", "Ich suche einen Gitarristen."));

        Assert.Empty(matcher.TopFor("a", 5));
        Assert.Empty(matcher.TopFor("b", 5));
    }

    [Fact]
    public void TopFor_GermanSeekerEnglishProvider_Matched()
    {
        var matcher = Matcher(
            Member("seeker", "Ich singe Soul.", "Ich suche einen Schlagzeuger."),
            Member("provider", "I'm a drummer playing funk and rock.", "", language: Language.En));

        Assert.Equal("provider", Assert.Single(matcher.TopFor("seeker", 5)).CandidateId);
    }

    [Fact]
    public void TopFor_MutualComplement_RanksAboveOneWayFit()
    {
        var matcher = Matcher(
            Member("singer", "Ich bin Sängerin.", "Ich suche eine Gitarristin."),
            Member("oneway", "Ich spiele Gitarre.", ""),
            Member("mutual", "Ich spiele Gitarre.", "Ich suche eine Sängerin."));

        var top = matcher.TopFor("singer", 5);

        Assert.Equal(["mutual", "oneway"], top.Select(s => s.CandidateId));
        Assert.True(top[0].IsMutual);
    }

    [Fact]
    public void TopFor_InPersonNeed_NearProviderFirst()
    {
        var matcher = Matcher(
            Member("band", "Wir sind eine Rockband.", "Wir brauchen einen Schlagzeuger.", Hannover),
            Member("far", "Ich bin Schlagzeuger.", "", Emden),
            Member("near", "Ich bin Schlagzeuger.", "", Langenhagen));

        Assert.Equal(["near", "far"], matcher.TopFor("band", 5).Select(s => s.CandidateId));
    }

    [Fact]
    public void TopFor_RemoteNeed_DistanceBarelyMatters()
    {
        var matcher = Matcher(
            Member("band", "Wir sind eine Rockband.", "Wir brauchen Mastering für unsere EP.", Hannover),
            Member("far", "Ich mache Mastering.", "", Emden),
            Member("near", "Ich mache Mastering.", "", Langenhagen));

        var top = matcher.TopFor("band", 5);

        Assert.Equal(2, top.Count);
        Assert.True(top[1].Score > 0.9 * top[0].Score);
    }

    [Fact]
    public void TopFor_PausedAndExcluded_NeverSuggested()
    {
        var paused = Member("paused", "Ich bin Schlagzeuger.", "") with { IsPaused = true };
        var matcher = Matcher(
            Member("band", "Wir sind eine Band.", "Wir suchen einen Schlagzeuger."),
            paused,
            Member("declined", "Ich bin Schlagzeuger.", ""),
            Member("fine", "Ich bin Schlagzeuger.", ""));

        var top = matcher.TopFor("band", 5, (a, b) => a == "band" && b == "declined");

        Assert.Equal(["fine"], top.Select(s => s.CandidateId));
    }

    [Fact]
    public void Round_PopularProvider_CappedAndSpread()
    {
        var seekers = Enumerable.Range(0, 6).Select(i => Member($"s{i}", "Wir sind eine Band.", "Wir suchen Mastering.")).ToList();
        var providers = new[] { Member("star", "Ich mache Mastering.", "", Langenhagen), Member("second", "Mastering-Studio", "", Emden) };
        var matcher = Matcher([.. seekers, .. providers]);

        var round = matcher.Round(new MatchRoundOptions { MaxProposalsPerMember = 1, MaxTimesProposed = 3 });
        var proposed = round.Values.SelectMany(v => v).GroupBy(s => s.CandidateId).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(3, proposed["star"]);
        Assert.Equal(3, proposed["second"]);
        Assert.All(round.Values, list => Assert.Single(list));
    }

    [Fact]
    public void TopFor_Explanation_InRecipientsLanguage()
    {
        var matcher = Matcher(
            Member("de", "Wir sind eine Band.", "Wir suchen jemanden für Live-Sound.", Hannover),
            Member("en", "We are a band.", "We need a sound engineer.", Hannover, Language.En),
            Member("ayse", "Ich bin Tontechnikerin.", "", Langenhagen, name: "Ayşe Demir"));

        var german = Assert.Single(matcher.TopFor("de", 5)).Why;
        var english = Assert.Single(matcher.TopFor("en", 5)).Why;

        Assert.StartsWith("Du suchst jemanden für den Live-Sound; Ayşe mischt Bands live", german, StringComparison.Ordinal);
        Assert.Contains("km von dir", german, StringComparison.Ordinal);
        Assert.StartsWith("You're looking for a live sound engineer; Ayşe mixes bands live", english, StringComparison.Ordinal);
    }

    [Fact]
    public void TopFor_GroupWritingAsItself_IsABandNotSomeoneInOne()
    {
        var matcher = Matcher(
            Member("kim", "Ich bin Fotografin.", "Ich suche eine Band für Live-Fotos.", Hannover, name: "Kim Ott"),
            Member("heide", "Wir sind eine Folkband mit Geige und Akkordeon.", "", Langenhagen, name: "Heidewind"),
            Member("jo", "Ich spiele Bass in einer Rockband.", "", Langenhagen, name: "Jo Brandt"),
            Member("en", "Photographer.", "I'm looking for a band to shoot.", Hannover, Language.En));

        var forKim = matcher.TopFor("kim", 5).Select(s => s.Why).ToList();
        var forEnglish = matcher.TopFor("en", 5).Select(s => s.Why).ToList();

        Assert.Contains(forKim, w => w.StartsWith("Du suchst eine Band; Heidewind ist eine Band", StringComparison.Ordinal));
        Assert.Contains(forKim, w => w.StartsWith("Du suchst eine Band; Jo spielt in einer Band", StringComparison.Ordinal));
        Assert.Contains(forEnglish, w => w.StartsWith("You're looking for a band; Heidewind is a band", StringComparison.Ordinal));
    }

    [Fact]
    public void TopFor_CandidateAnsweringTwoNeeds_WhyNamesBothBothWays()
    {
        var matcher = Matcher(
            Member("ina", "Ich spiele Bratsche im Streichquartett.", "Ich suche eine Geigenbauerin für Reparaturen und einen Fotografen für Pressefotos.", Hannover),
            Member("greta", "Ich bin Geigenbauerin und repariere Streichinstrumente. Außerdem fotografiere ich.", "", Langenhagen, name: "Greta"));

        var forIna = Assert.Single(matcher.TopFor("ina", 5)).Why;
        var forGreta = Assert.Single(matcher.TopFor("greta", 5)).Why;

        // whichever need leads, the second one follows with "und", and the offers in the same order
        const string Workshop = "eine Instrumentenwerkstatt", Photographer = "eine Fotografin oder einen Fotografen";
        Assert.Matches($"^Du suchst ({Workshop} und {Photographer}|{Photographer} und {Workshop}); Greta ", forIna);
        Assert.Contains("baut und repariert Instrumente", forIna, StringComparison.Ordinal);
        Assert.Matches($"sucht ({Workshop} und {Photographer}|{Photographer} und {Workshop}) – genau das bietest du", forGreta);
    }

    [Fact]
    public void TopFor_SecondNeedOnlyMentioned_IsNotNamed()
    {
        // "für Chöre" is whom the engineer works for: the choir is mentioned, never named as what she offers
        var matcher = Matcher(
            Member("kai", "Ich singe.", "Ich suche jemanden für Live-Sound und einen Chor zum Mitsingen.", Hannover),
            Member("ayse", "Ich bin Tontechnikerin und mische Konzerte für Chöre.", "", Langenhagen, name: "Ayşe Demir"));

        var why = Assert.Single(matcher.TopFor("kai", 5)).Why;

        Assert.StartsWith("Du suchst jemanden für den Live-Sound; Ayşe", why, StringComparison.Ordinal);
        Assert.DoesNotContain("Chor", why, StringComparison.Ordinal);
    }

    [Fact]
    public void TopFor_ClientSeekerNamingWhoTheyServe_OneWhoNeedsTheOfferRanksFirst()
    {
        var matcher = Matcher(
            Member("seeker", "Ich betreue Instagram und TikTok für Kreative.", "Neue Kunden, gern Musiker, die Hilfe mit Social Media brauchen."),
            Member("player", "Ich bin Musiker und spiele Gitarre.", ""),
            Member("needy", "Ich bin Musikerin und spiele Bass.", "Mehr Reichweite und Fans.", Emden));

        var top = matcher.TopFor("seeker", 5);

        Assert.Equal(["needy", "player"], top.Select(s => s.CandidateId));
    }

    [Fact]
    public void TopFor_ClientSeekerServedBackByTheClient_TailNamesTheMembersOwnNeed()
    {
        var matcher = Matcher(
            Member("composer", "Ich komponiere Soundtracks und mache Sounddesign.", "Ein Indie-Game-Team, das noch Musik braucht.", name: "Rike"),
            Member("crew", "Wir sind ein kleines Game-Studio und programmieren ein Spiel.", "Jemand, der Musik und Geräusche für unser Spiel macht.", name: "Ole"));

        var why = Assert.Single(matcher.TopFor("composer", 5)).Why;

        Assert.StartsWith("Ole sucht Sounddesign – genau das bietest du", why, StringComparison.Ordinal);
        Assert.Contains(". Und du suchst ", why, StringComparison.Ordinal);
        Assert.Equal(1, why.Split("Sounddesign").Length - 1);
    }
}
