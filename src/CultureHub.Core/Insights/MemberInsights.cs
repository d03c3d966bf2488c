using System.Globalization;
using CultureHub.Core.Members;

namespace CultureHub.Core.Insights;

/// <summary>Member figures: joins over time, where members live, sectors, how they found us. Aggregates only.</summary>
public static class MemberInsights
{
    public static FigureTable ByMonth(IReadOnlyList<Member> members, RegionTime region)
    {
        var days = members.Select(m => region.DayOf(m.CreatedAt)).ToList();
        var byMonth = days.GroupBy(MonthKey).ToDictionary(g => g.Key, g => g.Count());
        var months = MonthsBetween(days);
        var cells = SmallCellSuppression.Cumulative(months.Select(m => byMonth.GetValueOrDefault(m)).ToList());
        var rows = months.Select((month, i) => new FigureRow(month, [cells[i].Joined, cells[i].Total])).ToList();
        return new FigureTable("members_by_month", ["joined", "cumulative"], rows);
    }

    public static FigureTable BySector(IReadOnlyList<Member> members)
    {
        var counts = Sectors.All
            .Select(s => (s.Id(), members.Count(m => m.Sectors.Contains(s))))
            .Append(("none", members.Count(m => m.Sectors.Count == 0)))
            .ToList();
        return Ranked("members_by_sector", counts, keepOrder: false, "none");
    }

    /// <summary>
    /// Deep-link sources. Hub and workshop links are grouped; any other payload is listed under its
    /// own name only when at least five members came through it, else pooled as "other_links".
    /// </summary>
    public static FigureTable BySource(IReadOnlyList<Member> members)
    {
        var grouped = members.GroupBy(m => SourceKey(m.Source)).Select(g => (Key: g.Key, Count: g.Count())).ToList();
        var listed = grouped.Where(g => !g.Key.StartsWith("link:", StringComparison.Ordinal) || g.Count >= SmallCellSuppression.Threshold).ToList();
        var pooled = grouped.Except(listed).Sum(g => g.Count);
        if (pooled > 0)
        {
            listed.Add((OtherLinks, pooled));
        }

        return Ranked("members_by_source", listed, keepOrder: false);
    }

    public const string OtherLinks = "other_links";

    public static string MonthKey(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Rows sorted by the published value, hidden cells last by key: the order tells nothing the cells do not.</summary>
    private static FigureTable Ranked(string id, IReadOnlyList<(string Key, int Count)> counts, bool keepOrder, string? residual = null)
    {
        var residualIndex = counts.Select(c => c.Key).ToList().IndexOf(residual ?? string.Empty);
        var cells = SmallCellSuppression.Partition(counts.Select(c => c.Count).ToList(), residualIndex);
        var rows = counts.Select((c, i) => new FigureRow(c.Key, [cells[i]]));
        if (!keepOrder)
        {
            rows = rows.OrderByDescending(r => r.Cells[0].Number ?? -1).ThenBy(r => r.Key, StringComparer.Ordinal);
        }

        return new FigureTable(id, ["members"], rows.ToList());
    }

    private static string SourceKey(string? source) => source switch
    {
        null or "" => "direct",
        _ when source.StartsWith("hub_", StringComparison.Ordinal) => "hub:" + source[4..],
        _ when source.StartsWith("workshop_", StringComparison.Ordinal) => "workshop",
        _ => "link:" + source,
    };

    private static List<string> MonthsBetween(IReadOnlyList<DateOnly> days)
    {
        if (days.Count == 0)
        {
            return [];
        }

        var first = days.Min();
        var last = days.Max();
        var months = new List<string>();
        for (var month = new DateOnly(first.Year, first.Month, 1); month <= last; month = month.AddMonths(1))
        {
            months.Add(MonthKey(month));
        }

        return months;
    }
}
