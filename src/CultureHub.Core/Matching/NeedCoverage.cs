namespace CultureHub.Core.Matching;

/// <summary>
/// Orders a member's best candidates so that a member who named several needs sees more than one of
/// them answered near the top: a candidate for a need already answered above counts a little less,
/// so a close second need moves up, while a clearly better fit keeps its place.
/// </summary>
internal static class NeedCoverage
{
    /// <summary>How much each candidate above who answers the same need takes from the next one.</summary>
    internal const double RepeatShare = 0.85;

    /// <summary>How many more candidates than shown are ranked, so that a second need has someone to move up.</summary>
    internal const int Pool = 6;

    public static List<PairScore> Order(List<PairScore> bestFirst, int top)
    {
        var left = new List<PairScore>(bestFirst);
        var shown = new List<PairScore>(Math.Min(top, left.Count));
        var answered = new Dictionary<int, int>();
        while (shown.Count < top && left.Count > 0)
        {
            var pick = 0;
            var pickValue = double.MinValue;
            for (var i = 0; i < left.Count; i++)
            {
                var value = left[i].Score * Math.Pow(RepeatShare, answered.GetValueOrDefault(KeyOf(left[i])));
                if (value > pickValue)
                {
                    pick = i;
                    pickValue = value;
                }
            }

            var chosen = left[pick];
            left.RemoveAt(pick);
            shown.Add(chosen);
            answered[KeyOf(chosen)] = answered.GetValueOrDefault(KeyOf(chosen)) + 1;
        }

        return shown;
    }

    /// <summary>The member's own need a fit answers; fits the other way round all answer one need: being needed.</summary>
    private static int KeyOf(PairScore pair) => pair.Kind == FitKind.ServesYou ? pair.NeedId : -1;
}
