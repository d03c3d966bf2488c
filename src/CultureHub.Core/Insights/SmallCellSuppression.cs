namespace CultureHub.Core.Insights;

/// <summary>
/// The privacy rule of every published figure.
/// <list type="number">
/// <item>Primary: a count from 1 to 4 is published as "&lt; 5", never as its value. Zero is published.</item>
/// <item>Secondary: in a set of counts that add up to a published total (a partition), a lone
/// suppressed cell could be backed out by subtraction, so the smallest other non-zero cell is suppressed too.
/// Exception: when the lone small cell is the residual "unknown" (no usable place, no sector), it is
/// shown as "&lt; 5" but nothing else is suppressed for it: its size only says how many gave no answer,
/// which carries no attribute and identifies no one, while hiding a region instead would hide real figures.</item>
/// <item>Time series: the cumulative total only moves in steps of at least 5; months with 1–4 joiners
/// show "&lt; 5" and are carried into the next published step, so differences never reveal a small number.</item>
/// <item>Shares are computed only when both numerator and denominator are published.</item>
/// </list>
/// </summary>
public static class SmallCellSuppression
{
    public const int Threshold = 5;

    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>A single count that is not part of a partition (a headline figure, a funnel stage).</summary>
    public static FigureCell Single(int count) => IsSmall(count) ? FigureCell.Suppressed() : FigureCell.Count(count);

    /// <summary>Counts of disjoint categories whose sum is published: primary and secondary suppression.</summary>
    public static IReadOnlyList<FigureCell> Partition(IReadOnlyList<int> counts, int residual = -1)
    {
        var suppressed = counts.Select(IsSmall).ToArray();
        if (suppressed.Count(s => s) == 1 && Array.IndexOf(suppressed, true) != residual)
        {
            var next = Enumerable.Range(0, counts.Count)
                .Where(i => !suppressed[i] && counts[i] > 0)
                .OrderBy(i => counts[i])
                .Select(i => (int?)i)
                .FirstOrDefault();
            if (next is { } index)
            {
                suppressed[index] = true;
            }
        }

        return counts.Select((count, i) => suppressed[i] ? FigureCell.Suppressed() : FigureCell.Count(count)).ToList();
    }

    /// <summary>Per-period joiners into (joined, cumulative) cells under the carry-forward rule.</summary>
    public static IReadOnlyList<(FigureCell Joined, FigureCell Total)> Cumulative(IReadOnlyList<int> perPeriod)
    {
        var result = new List<(FigureCell, FigureCell)>(perPeriod.Count);
        int published = 0, pending = 0;
        foreach (var count in perPeriod)
        {
            pending += count;
            if (pending >= Threshold)
            {
                published += pending;
                result.Add((FigureCell.Count(pending), FigureCell.Count(published)));
                pending = 0;
            }
            else
            {
                result.Add((pending > 0 ? FigureCell.Suppressed() : FigureCell.Count(0), Single(published)));
            }
        }

        return result;
    }

    /// <summary>Percent of <paramref name="part"/> in <paramref name="whole"/>, or empty when either is suppressed or zero.</summary>
    public static FigureCell Share(FigureCell part, FigureCell whole) =>
        part.Number is { } p && whole.Number is { } w && w > 0 ? FigureCell.Percent(100 * p / w) : FigureCell.Percent(null);
}
