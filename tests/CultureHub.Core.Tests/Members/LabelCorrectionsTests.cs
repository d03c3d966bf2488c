using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Members;

public sealed class LabelCorrectionsTests
{
    private static readonly IReadOnlyList<CompetenceTag> Read = [new("guitar", 0.95), new("band", 0.3)];

    [Fact]
    public void Apply_RemovedLabel_IsDroppedFromEveryReading()
    {
        var corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band");

        var tags = corrections.Apply(LabelSide.Offer, Read);

        Assert.Equal(["guitar"], tags.Select(t => t.CompetenceId));
    }

    [Fact]
    public void Apply_AddedLabelNotInTheWords_IsThereAndConfirmed()
    {
        var corrections = LabelCorrections.None.WithAdded(LabelSide.Offer, "mastering");

        var added = Assert.Single(corrections.Apply(LabelSide.Offer, Read), t => t.CompetenceId == "mastering");

        Assert.True(added.IsConfirmed);
        Assert.Equal(1.0, added.Confidence);
    }

    [Fact]
    public void Apply_AddedLabelAlsoReadFromTheWords_KeepsOneTagAndConfirmsIt()
    {
        var corrections = LabelCorrections.None.WithAdded(LabelSide.Offer, "band");

        var tags = corrections.Apply(LabelSide.Offer, Read);

        Assert.Single(tags, t => t.CompetenceId == "band");
        Assert.True(tags.Single(t => t.CompetenceId == "band").IsConfirmed);
        Assert.False(tags.Single(t => t.CompetenceId == "guitar").IsConfirmed);
    }

    [Fact]
    public void Apply_OtherSide_IsUntouched()
    {
        var corrections = LabelCorrections.None.WithRemoved(LabelSide.Seek, "guitar");

        Assert.Equal(Read.Select(t => t.CompetenceId), corrections.Apply(LabelSide.Offer, Read).Select(t => t.CompetenceId));
    }

    [Fact]
    public void WithAdded_AfterRemoving_UndoesTheRemovalAndTheOtherWayRound()
    {
        var removed = LabelCorrections.None.WithRemoved(LabelSide.Seek, "band");
        var readded = removed.WithAdded(LabelSide.Seek, "band");
        var removedAgain = readded.WithRemoved(LabelSide.Seek, "band");

        Assert.Empty(readded.RemovedSeeks);
        Assert.Equal(["band"], readded.AddedSeeks);
        Assert.Empty(removedAgain.AddedSeeks);
        Assert.Equal(["band"], removedAgain.RemovedSeeks);
        Assert.True(LabelCorrections.None.IsEmpty);
        Assert.False(removedAgain.IsEmpty);
    }

    [Fact]
    public void WithRemoved_Twice_RecordsItOnce()
    {
        var corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band").WithRemoved(LabelSide.Offer, "band");

        Assert.Equal(["band"], corrections.RemovedOffers);
    }
}
