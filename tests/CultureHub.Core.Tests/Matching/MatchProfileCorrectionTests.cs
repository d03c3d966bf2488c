using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

public sealed class MatchProfileCorrectionTests
{
    [Fact]
    public void From_ConfirmedLabel_CountsFully()
    {
        var member = Member("Ich spiele Gitarre", "eine Band") with
        {
            OfferTags = [new CompetenceTag("guitar", 0.6, IsConfirmed: true), new CompetenceTag("bass", 0.6)],
        };

        var profile = MatchProfile.From(member, Reader);

        Assert.Equal(1.0, profile.Offers.Single(t => t.CompetenceId == "guitar").Confidence);
        Assert.Equal(0.6, profile.Offers.Single(t => t.CompetenceId == "bass").Confidence);
    }

    [Fact]
    public void From_MentionedReading_CountsAtItsLowConfidence_UntilRemoved()
    {
        // the card showed drums as understood and the mentioned bands as "nur erwähnt", with a remove button
        var member = Member("Ich spiele Schlagzeug und nehme Demos für Bands auf", "eine Band") with
        {
            OfferTags = [new CompetenceTag("drums", 0.9, IsConfirmed: true), new CompetenceTag("band", 0.3)],
        };

        var counted = MatchProfile.From(member, Reader);
        var removed = MatchProfile.From(member with { Corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band") }, Reader);

        Assert.Equal(1.0, counted.Offers.Single(t => t.CompetenceId == "drums").Confidence);
        Assert.Equal(0.3, counted.Offers.Single(t => t.CompetenceId == "band").Confidence);
        Assert.DoesNotContain(removed.Offers, t => t.CompetenceId == "band");
    }

    [Fact]
    public void Read_AsSavedCard_UnderstoodConfirmed_MentionsKeepTheirConfidence()
    {
        var profile = MatchProfile.Read("x", "X", Language.De, "Ich mache Live-Sound für Chöre und kleine Bands", string.Empty, null, null, Reader);

        var sound = profile.Offers.Single(t => t.CompetenceId == "live_sound");
        var choir = profile.Offers.Single(t => t.CompetenceId == "choir");
        Assert.True(sound.IsConfirmed);
        Assert.Equal(1.0, sound.Confidence);
        Assert.False(choir.IsConfirmed);
        Assert.InRange(choir.Confidence, 0.01, UnderstoodLabels.ShownConfidence - 0.01);
    }

    [Fact]
    public void From_RemovedLabel_NeverCountsEvenWhenTheWordsAreReadAgain()
    {
        // No stored tags: the words are read again, and still the removed label stays out.
        var member = Member("Ich spiele Gitarre in einer Band", "Auftritte") with
        {
            Corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band").WithRemoved(LabelSide.Seek, "gig_opportunity"),
        };

        var profile = MatchProfile.From(member, Reader);

        Assert.Contains(profile.Offers, t => t.CompetenceId == "guitar");
        Assert.DoesNotContain(profile.Offers, t => t.CompetenceId == "band");
        Assert.DoesNotContain(profile.Seeks, t => t.CompetenceId == "gig_opportunity");
    }

    [Fact]
    public void From_AddedLabel_IsOfferedAtFullWeight()
    {
        var member = Member("Ich mache Sachen mit Krach", string.Empty) with
        {
            Corrections = LabelCorrections.None.WithAdded(LabelSide.Offer, "mastering"),
        };

        var profile = MatchProfile.From(member, Reader);

        Assert.Equal(1.0, Assert.Single(profile.Offers, t => t.CompetenceId == "mastering").Confidence);
    }

    [Fact]
    public void Matcher_RemovedOffer_NoLongerServesThatNeed()
    {
        var seeker = MatchProfile.From(Member("Ich singe", "eine Band") with { Id = "seeker" }, Reader);
        var band = Member("Wir sind eine Band und spielen Gitarre", string.Empty) with { Id = "band" };
        var corrected = band with { Corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band") };

        var before = Matcher(seeker, MatchProfile.From(band, Reader)).TopFor("seeker", 5);
        var after = Matcher(seeker, MatchProfile.From(corrected, Reader)).TopFor("seeker", 5);

        Assert.Contains(before, s => s.CandidateId == "band");
        Assert.DoesNotContain(after, s => s.CandidateId == "band");
    }

    private static Member Member(string offers, string seeks) => new()
    {
        Id = "m1",
        DisplayName = "Mara",
        Offers = offers,
        Seeks = seeks,
        Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
        Town = new MemberTown("Hannover", null),
    };
}
