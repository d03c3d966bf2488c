namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Guards the matcher's quality on members it was never tuned on. The floors sit a little below
/// what the matcher reaches, so a broken reader, taxonomy or scorer fails here.
/// </summary>
public sealed class HoldoutEvaluationTests
{
    private static readonly Lazy<(HoldoutSet Set, HoldoutScore Score)> Evaluated = new(() =>
    {
        var set = HoldoutSet.Load();
        var matcher = set.Matcher();
        return (set, set.Score(seeker => matcher.TopFor(seeker, 5).Select(s => s.CandidateId).ToList()));
    });

    [Fact]
    public void HoldoutSet_EverySeekerHasAnExcellentIntroduction()
    {
        var set = Evaluated.Value.Set;

        Assert.True(set.Gold.Count >= 40, $"only {set.Gold.Count} graded seekers");
        Assert.All(set.Gold, g => Assert.Contains(2, g.Value.Values));
        Assert.All(set.Gold.Values.SelectMany(g => g.Keys), c => Assert.Contains(set.Members, m => m.Id == c));
    }

    [Fact]
    public void TopFor_HoldoutSet_HitAt3AtLeastFloor() =>
        Assert.True(Evaluated.Value.Score.HitAt3 >= 0.90, $"hit@3 {Evaluated.Value.Score.HitAt3:F3}");

    [Fact]
    public void TopFor_HoldoutSet_PrecisionAt3AtLeastFloor() =>
        Assert.True(Evaluated.Value.Score.PrecisionAt3 >= 0.48, $"p@3 {Evaluated.Value.Score.PrecisionAt3:F3}");

    [Fact]
    public void TopFor_HoldoutSet_NdcgAt5AtLeastFloor() =>
        Assert.True(Evaluated.Value.Score.NdcgAt5 >= 0.78, $"nDCG@5 {Evaluated.Value.Score.NdcgAt5:F3}");

    [Fact]
    public void Score_RandomOrder_StaysFarBelowFloors()
    {
        var set = Evaluated.Value.Set;
        var ids = set.Members.Select(m => m.Id).ToList();

        var score = set.Score(seeker => ids.Where(id => id != seeker).Reverse().Take(5).ToList());

        Assert.True(score.HitAt3 < 0.5, $"hit@3 {score.HitAt3:F3}");
    }
}
