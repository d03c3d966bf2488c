using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// German word order in offers (issue 11.2, seventh round), on sentences written for these tests (none comes
/// from a graded set): after a fronted role, a verb and the member ("Als Tischlerin restauriere ich …") the
/// thing is what the work is done to; after "haben/sein" it is what the member has or is, and a phrasing that
/// begins with its own light verb ("spiele ich Bass") is the member's own. What the member is a fan of is not offered.
/// </summary>
public sealed class InvertedObjectReadingTests
{
    [Theory]
    [InlineData("Als Tischlerin restauriere ich alte Scheunen und Höfe.", "carpentry", "rural_space")]
    [InlineData("Als Tontechniker mische ich Chöre und Orchester.", "live_sound", "choir")]
    [InlineData("In meinem Verlag veröffentliche ich Lyrik und Hörbücher.", "book_publishing", "author")]
    public void ReadOffers_ObjectAfterInvertedVerb_IsNoRole(string text, string role, string mention)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, role) > 0.8, Dump(offers));
        Assert.True(Confidence(offers, mention) < 0.5, Dump(offers));
    }

    [Theory]
    [InlineData("Auf dem Hof haben wir eine große Scheune.", "rural_space")]
    [InlineData("Mit meiner Band spiele ich Bass.", "bass")]
    public void ReadOffers_WhatTheyHaveOrPlayAfterInversion_StaysTheirs(string text, string role)
    {
        var offers = Reader.ReadOffers(text, Language.De);

        Assert.True(Confidence(offers, role) > 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Großer Fan von Siebdruck. Ich fotografiere Konzerte.", Language.De)]
    [InlineData("Huge fan of screen printing. I take photos of concerts.", Language.En)]
    public void ReadOffers_WhatTheyAreAFanOf_IsNotOffered(string text, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, "merch_printing") < 0.5, Dump(offers));
        Assert.True(Confidence(offers, "photography") > 0.8, Dump(offers));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
