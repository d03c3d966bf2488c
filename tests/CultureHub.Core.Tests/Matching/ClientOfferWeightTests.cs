using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Seeking what you offer yourself means seeking people who need it, but only as surely as that seek was
/// read: a word half-heard in a venue's need for sound must not send the venue hunting for acts.
/// </summary>
public sealed class ClientOfferWeightTests
{
    [Fact]
    public void Compile_OwnOfferSoughtWithLowConfidence_ClientOfferKeepsThatConfidence()
    {
        var codes = new TaxonomyCodes(Taxonomy);
        var venue = Profile([new("venue", 0.95), new("event_organizer", 0.95)], [new("live_sound", 0.95), new("event_organizer", 0.29)]);

        var compiled = CompiledProfile.Compile(0, venue, codes);

        var client = Assert.Single(compiled.ClientOffers);
        Assert.Equal(codes["event_organizer"], client.Id);
        Assert.Equal(0.29f, client.Confidence, 3);
    }

    [Fact]
    public void Compile_StatedSearchForClients_KeepsTheOffersConfidence()
    {
        var codes = new TaxonomyCodes(Taxonomy);
        var designer = Profile([new("graphic_design", 0.95)], [new("clients", 0.95)]);

        var compiled = CompiledProfile.Compile(0, designer, codes);

        Assert.Equal(0.95f, Assert.Single(compiled.ClientOffers).Confidence, 3);
    }

    private static MatchProfile Profile(List<CompetenceTag> offers, List<CompetenceTag> seeks) =>
        new("m", "M", Language.De, string.Empty, string.Empty, offers, seeks, Hannover, null, [], false);
}
