using System.Globalization;
using CultureHub.Core.Members;

namespace CultureHub.Core.Insights;

/// <summary>Member figures: joins over time, where members live, sectors, how they found us. Aggregates only.</summary>
public static class MemberInsights
{
    public const string Outside = "outside_niedersachsen";
    public const string Unknown = "unknown";

    public static FigureTable ByMonth(IReadOnlyList<Member> members)
    {
        var byMonth = members.GroupBy(m => MonthKey(m.CreatedAt)).ToDictionary(g => g.Key, g => g.Count());
        var months = MonthsBetween(members.Select(m => m.CreatedAt).ToList());
        var cells = SmallCellSuppression.Cumulative(months.Select(m => byMonth.GetValueOrDefault(m)).ToList());
        var rows = months.Select((month, i) => new FigureRow(month, [cells[i].Joined, cells[i].Total])).ToList();
        return new FigureTable("members_by_month", ["joined", "cumulative"], rows);
    }

    public static FigureTable ByRegion(IReadOnlyList<Member> members)
    {
        string[] regions = ["Braunschweig", "Hannover", "Lüneburg", "Weser-Ems", Outside, Unknown];
        var counts = members.GroupBy(RegionOf).ToDictionary(g => g.Key, g => g.Count());
        return Ranked("members_by_region", regions.Select(r => (r, counts.GetValueOrDefault(r))).ToList(), keepOrder: true, Unknown);
    }

    public static FigureTable ByDistrict(IReadOnlyList<Member> members)
    {
        var counts = members.GroupBy(DistrictOf).Select(g => (g.Key, g.Count())).ToList();
        return Ranked("members_by_district", counts, keepOrder: false, Unknown);
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
    /// own name only when at least five members came through it, else pooled as "other".
    /// </summary>
    public static FigureTable BySource(IReadOnlyList<Member> members)
    {
        var grouped = members.GroupBy(m => SourceKey(m.Source)).Select(g => (Key: g.Key, Count: g.Count())).ToList();
        var listed = grouped.Where(g => !g.Key.StartsWith("link:", StringComparison.Ordinal) || g.Count >= SmallCellSuppression.Threshold).ToList();
        var pooled = grouped.Except(listed).Sum(g => g.Count);
        if (pooled > 0)
        {
            listed.Add(("other", pooled));
        }

        return Ranked("members_by_source", listed, keepOrder: false);
    }

    /// <summary>Urban (big cities), rural (everywhere else) and unknown; shares are of members with a known place.</summary>
    public static FigureTable UrbanRural(IReadOnlyList<Member> members)
    {
        var urban = members.Count(m => m.Town?.Place is { IsUrban: true });
        var rural = members.Count(m => m.Town?.Place is { IsUrban: false });
        var cells = SmallCellSuppression.Partition([urban, rural, members.Count - urban - rural], residual: 2);
        var located = SmallCellSuppression.Single(urban + rural);
        return new FigureTable("urban_rural", ["members", "percent_of_located"],
        [
            new FigureRow("urban", [cells[0], SmallCellSuppression.Share(cells[0], located)]),
            new FigureRow("rural", [cells[1], SmallCellSuppression.Share(cells[1], located)]),
            new FigureRow(Unknown, [cells[2], FigureCell.Percent(null)]),
        ]);
    }

    public static string MonthKey(DateTimeOffset moment) => moment.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static FigureTable Ranked(string id, IReadOnlyList<(string Key, int Count)> counts, bool keepOrder, string? residual = null)
    {
        var ordered = keepOrder ? counts : counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
        var residualIndex = ordered.Select(c => c.Key).ToList().IndexOf(residual ?? string.Empty);
        var cells = SmallCellSuppression.Partition(ordered.Select(c => c.Count).ToList(), residualIndex);
        return new FigureTable(id, ["members"], ordered.Select((c, i) => new FigureRow(c.Key, [cells[i]])).ToList());
    }

    private static string RegionOf(Member member) => member.Town?.Place switch
    {
        null => Unknown,
        { IsInNiedersachsen: false } => Outside,
        { Region: { } region } => region,
        _ => Unknown,
    };

    private static string DistrictOf(Member member) => member.Town?.Place switch
    {
        null => Unknown,
        { IsInNiedersachsen: false } => Outside,
        { District: { } district } => district,
        { Name: var name } => name,
    };

    private static string SourceKey(string? source) => source switch
    {
        null or "" => "direct",
        _ when source.StartsWith("hub_", StringComparison.Ordinal) => "hub:" + source[4..],
        _ when source.StartsWith("workshop_", StringComparison.Ordinal) => "workshop",
        _ => "link:" + source,
    };

    private static List<string> MonthsBetween(IReadOnlyList<DateTimeOffset> moments)
    {
        if (moments.Count == 0)
        {
            return [];
        }

        var first = moments.Min().ToUniversalTime();
        var last = moments.Max().ToUniversalTime();
        var months = new List<string>();
        for (var month = new DateTime(first.Year, first.Month, 1, 0, 0, 0, DateTimeKind.Utc); month <= last.UtcDateTime; month = month.AddMonths(1))
        {
            months.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return months;
    }
}
