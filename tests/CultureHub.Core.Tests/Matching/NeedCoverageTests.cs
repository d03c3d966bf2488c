using CultureHub.Core.Matching;

namespace CultureHub.Core.Tests.Matching;

public sealed class NeedCoverageTests
{
    private const int Poster = 10;
    private const int Sound = 20;

    [Fact]
    public void Order_SecondNeedCloseBehind_MovesIntoTopThree()
    {
        List<PairScore> bestFirst = [Serves(1, Poster, 1.0), Serves(2, Poster, 0.95), Serves(3, Poster, 0.9), Serves(4, Sound, 0.85)];

        var shown = NeedCoverage.Order(bestFirst, 3);

        Assert.Equal([1, 4, 2], shown.Select(p => p.Candidate));
    }

    [Fact]
    public void Order_SecondNeedFarBehind_KeepsTheBetterFits()
    {
        List<PairScore> bestFirst = [Serves(1, Poster, 1.0), Serves(2, Poster, 0.95), Serves(3, Poster, 0.9), Serves(4, Sound, 0.5)];

        var shown = NeedCoverage.Order(bestFirst, 3);

        Assert.Equal([1, 2, 3], shown.Select(p => p.Candidate));
    }

    [Fact]
    public void Order_FitsTheOtherWayRound_CountAsOneNeed()
    {
        List<PairScore> bestFirst = [TheyNeed(1, Poster, 1.0), TheyNeed(2, Sound, 0.95), Serves(3, Poster, 0.85)];

        var shown = NeedCoverage.Order(bestFirst, 2);

        // being needed for posters and for sound is one need of the member's (clients), so the member's own need moves up
        Assert.Equal([1, 3], shown.Select(p => p.Candidate));
    }

    private static PairScore Serves(int candidate, int need, double score) =>
        new(candidate, score, false, null, FitKind.ServesYou, need, need, -1, -1);

    private static PairScore TheyNeed(int candidate, int need, double score) =>
        new(candidate, score, false, null, FitKind.YouServe, need, need, -1, -1);
}
