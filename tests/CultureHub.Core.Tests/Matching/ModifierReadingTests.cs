using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Genre words and place adverbials inside a phrase, on sentences written for these tests (none comes
/// from a graded set): they modify the noun after them and must not change whose role it is.
/// </summary>
public sealed class ModifierReadingTests
{
    [Theory]
    [InlineData("Tour manager. I have organised tours for punk, metal and indie bands since 2015.", "booking", "band", Language.En)]
    [InlineData("I mix and master records for jazz, soul and funk bands.", "mixing", "band", Language.En)]
    [InlineData("Ich mache seit zehn Jahren Booking für Jazz- und Swingbands aus dem Norden.", "booking", "band", Language.De)]
    public void ReadOffers_GenresBetweenForAndTheNoun_StillNameWhomTheyWorkFor(string text, string role, string mention, Language language)
    {
        var offers = Reader.ReadOffers(text, language);

        Assert.True(Confidence(offers, role) > 0.8, $"{role} is what they do: {Dump(offers)}");
        Assert.True(Confidence(offers, mention) < 0.5, $"{mention} is whom they work for: {Dump(offers)}");
    }

    [Fact]
    public void ReadOffers_GenreInsideAListOfObjects_KeepsTheListAMention()
    {
        var offers = Reader.ReadOffers("Audio engineer. I can record choirs, orchestras or bands in any church you like.", Language.En);

        Assert.True(Confidence(offers, "recording") > 0.8, Dump(offers));
        Assert.True(Confidence(offers, "choir") < 0.5, Dump(offers));
        Assert.True(Confidence(offers, "band") < 0.5, Dump(offers));
    }

    [Fact]
    public void ReadOffers_GenreBeforeTheirOwnInstrument_StaysTheirRole()
    {
        var offers = Reader.ReadOffers("I play jazz and funk bass, and I sing in a soul choir.", Language.En);

        Assert.True(Confidence(offers, "bass") > 0.8, Dump(offers));
    }

    [Theory]
    [InlineData("Video producer: I film weddings and concerts on location with two cameras.")]
    [InlineData("Mobile sound engineer working on site at festivals and in churches.")]
    public void ReadOffers_OnLocation_IsNoVenue(string text)
    {
        var offers = Reader.ReadOffers(text, Language.En);

        Assert.Equal(0, Confidence(offers, "venue"));
    }

    [Fact]
    public void ReadLocality_OnLocation_AsksForSomeoneNear()
    {
        Assert.Equal(Locality.Local, Reader.ReadLocality("Someone who can record our choir on location.", Language.En));
    }

    private static double Confidence(IReadOnlyList<CompetenceTag> tags, string id) =>
        tags.FirstOrDefault(t => t.CompetenceId == id)?.Confidence ?? 0;

    private static string Dump(IReadOnlyList<CompetenceTag> tags) => string.Join(", ", tags.Select(t => $"{t.CompetenceId}:{t.Confidence:0.00}"));
}
