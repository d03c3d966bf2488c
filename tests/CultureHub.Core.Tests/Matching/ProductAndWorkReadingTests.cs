using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Products and paid work (issue 11.2, seventh round), on sentences written for these tests (none comes from
/// a graded set): an instrument someone builds or mends is their product, not what they play; whoever seeks
/// work of a kind ("Synchronaufträge", "DJ gigs", "Aufträge als Fotografin") offers that kind and is after
/// clients.
/// </summary>
public sealed class ProductAndWorkReadingTests
{
    [Theory]
    [InlineData("Ich baue Synthesizer und Drumcomputer in meiner Werkstatt.", "electronic_music", Language.De)]
    [InlineData("I build and repair basses and guitars.", "guitar", Language.En)]
    [InlineData("I restore old synths for collectors.", "electronic_music", Language.En)]
    public void ReadOffers_InstrumentTheyBuild_IsNoInstrumentTheyPlay(string text, string instrument, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, instrument) < 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Ich baue Gitarren und spiele selbst Bass in einer Band.", "bass")]
    [InlineData("Ich baue Websites für Musiker.", "web_dev")]
    public void ReadOffers_WhatTheyPlayOrMakeAsTheirCraft_StaysTheirRole(string text, string craft)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, craft) > 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Gern mehr Synchronaufträge.", "voice_over", Language.De)]
    [InlineData("Looking for DJ gigs in Hannover.", "dj", Language.En)]
    [InlineData("Suche Aufträge als Fotografin.", "photography", Language.De)]
    [InlineData("I'd like voice-over or dubbing jobs.", "voice_over", Language.En)]
    public void ReadSeeks_WorkOfTheirOwnKind_IsAfterClients(string text, string kind, Language language)
    {
        var seeks = Reader.ReadSeeks(text, language);

        Assert.True(Confidence(seeks, "clients") > 0.8, Dump(seeks));
        Assert.True(Confidence(seeks, kind) < 0.5, Dump(seeks));
        Assert.True(Confidence(seeks, "gig_opportunity") < 0.5, Dump(seeks));
    }

    [Theory]
    [InlineData("Für ruhige Bar-Gigs suche ich einen Gitarristen.", "guitar")]
    [InlineData("Wir brauchen eine Fotografin für unsere Gigs.", "photography")]
    public void ReadSeeks_JobNounAsContext_KeepsTheNeed(string text, string need)
    {
        var seeks = Reader.ReadSeeks(text, Language.De);

        Assert.True(Confidence(seeks, need) > 0.8, Dump(seeks));
        Assert.Equal(0, Confidence(seeks, "clients"));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
