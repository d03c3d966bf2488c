using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Past and ended states are not offers (issue 11.2, third round), on sentences written for these tests:
/// a past marker before a term or an ended verb after it reaches like a negation, up to a comma or a
/// word that returns to the present; in a need an ended state stays the reason for the need.
/// </summary>
public sealed class PastStateReadingTests
{
    [Theory]
    [InlineData("Früher habe ich Schlagzeug gespielt, heute fotografiere ich Hochzeiten.", "drums", "photography", Language.De)]
    [InlineData("Unsere alte Band hat sich vor drei Jahren aufgelöst. Ich spiele Bass.", "band", "bass", Language.De)]
    [InlineData("Ehemaliger Chorsänger. Ich fotografiere Hochzeiten.", "choir", "photography", Language.De)]
    [InlineData("I used to play drums in a punk band. These days I record podcasts and bands.", "drums", "recording", Language.En)]
    [InlineData("My covers band broke up last winter. I play guitar.", "band", "guitar", Language.En)]
    public void ReadOffers_PastOrEndedState_IsNotOffered(string text, string ended, string current, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, ended) < 0.5, $"{ended} is over: {Dump(offers)}");
        Assert.True(Confidence(offers, current) > 0.8, $"{current} is what they do now: {Dump(offers)}");
    }

    [Theory]
    [InlineData("Früher Schlagzeug, jetzt Bass in einer Jazzband.", "bass", Language.De)]
    [InlineData("Ich spiele seit früher Kindheit Geige.", "strings", Language.De)]
    [InlineData("Formerly a drummer, now I sing in a choir.", "choir", Language.En)]
    public void ReadOffers_PresentAfterThePast_StaysOffered(string text, string current, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, current) > 0.8, $"{current} is what they do now: {Dump(offers)}");
    }

    [Fact]
    public void ReadSeeks_EndedMemberOfTheirOwnGroup_IsStillTheNeed()
    {
        var seeks = Reader.ReadSeeks("Unser Schlagzeuger hat aufgehört, wir brauchen Ersatz.", Language.De);

        Assert.True(Confidence(seeks, "drums") > 0.8, Dump(seeks));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
