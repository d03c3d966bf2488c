using CultureHub.Core.Introductions;

namespace CultureHub.Core.Insights;

/// <summary>
/// The introduction funnel: proposed → both accepted → met → something came of it. Introductions
/// are counted like people (each involves two members), so small counts are suppressed the same way.
/// </summary>
public static class IntroductionInsights
{
    private static readonly string[] StageColumns = ["proposed", "accepted", "met", "outcome"];

    public static FigureTable Funnel(IReadOnlyList<Introduction> introductions)
    {
        var stages = Stages(introductions);
        var cells = stages.Select(SmallCellSuppression.Single).ToList();
        var rows = StageColumns.Select((stage, i) => new FigureRow(stage, [cells[i], SmallCellSuppression.Share(cells[i], cells[0])])).ToList();
        return new FigureTable("introduction_funnel", ["introductions", "percent_of_proposed"], rows);
    }

    /// <summary>Cross-sector versus same-sector introductions through the funnel; the share column is of all proposed.</summary>
    public static FigureTable CrossSector(IReadOnlyList<Introduction> introductions)
    {
        var groups = new[] { ("cross_sector", introductions.Where(i => i.IsCrossSector).ToList()), ("same_sector", introductions.Where(i => !i.IsCrossSector).ToList()) };
        var table = ByColumn("introductions_cross_sector", groups.Select(g => (g.Item1, Stages(g.Item2))).ToList());
        var all = SmallCellSuppression.Single(introductions.Count);
        var rows = table.Rows.Select(r => r with { Cells = [.. r.Cells, SmallCellSuppression.Share(r.Cells[0], all)] }).ToList();
        return table with { Columns = [.. table.Columns, "percent_of_proposed"], Rows = rows };
    }

    /// <summary>By the pair of first-named sectors of the two sides ("film+music", order-free).</summary>
    public static FigureTable BySectorPair(IReadOnlyList<Introduction> introductions)
    {
        var groups = introductions
            .GroupBy(SectorPair)
            .Select(g => (Key: g.Key, Stages: Stages(g.ToList())))
            .OrderByDescending(g => g.Stages[0])
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        return ByColumn("introductions_by_sector_pair", groups);
    }

    public static string SectorPair(Introduction introduction)
    {
        var first = introduction.FirstSectors.FirstOrDefault() ?? "other";
        var second = introduction.SecondSectors.FirstOrDefault() ?? "other";
        return string.CompareOrdinal(first, second) <= 0 ? $"{first}+{second}" : $"{second}+{first}";
    }

    public static bool IsFruitful(IntroductionOutcome outcome) =>
        outcome is IntroductionOutcome.Project or IntroductionOutcome.Gig or IntroductionOutcome.Collaboration;

    private static int[] Stages(IReadOnlyList<Introduction> introductions) =>
    [
        introductions.Count,
        introductions.Count(i => i.AcceptedAt is not null || i.State == IntroductionState.Accepted),
        introductions.Count(i => i.HaveMet == true),
        introductions.Count(i => IsFruitful(i.Outcome)),
    ];

    /// <summary>Rows partition each stage column, so each column gets primary and secondary suppression.</summary>
    private static FigureTable ByColumn(string id, IReadOnlyList<(string Key, int[] Stages)> groups)
    {
        var columns = Enumerable.Range(0, StageColumns.Length)
            .Select(c => SmallCellSuppression.Partition(groups.Select(g => g.Stages[c]).ToList()))
            .ToList();
        var rows = groups.Select((g, r) => new FigureRow(g.Key, columns.Select(column => column[r]).ToList())).ToList();
        return new FigureTable(id, StageColumns, rows);
    }
}
