namespace CultureHub.Core.Insights;

/// <summary>
/// Projects that got a team in the period: how many, team sizes (a partition, with primary and
/// secondary suppression), and how many spanned sectors, had a rural member and happened — each a
/// single count under the same rule, with shares only of published counts.
/// </summary>
public static class ProjectInsights
{
    public const string TableId = "projects";
    public static readonly IReadOnlyList<string> Columns = ["projects", "percent_of_started"];
    private static readonly string[] Sizes = ["team_size:2", "team_size:3", "team_size:4+"];

    public static FigureTable Started(IReadOnlyList<ProjectFigures> projects)
    {
        var started = SmallCellSuppression.Single(projects.Count);
        var sizes = SmallCellSuppression.Partition(Sizes.Select(key => projects.Count(p => SizeKey(p.TeamSize) == key)).ToList());
        var rows = new List<FigureRow> { Row("started", started, started) };
        rows.AddRange(Sizes.Select((key, i) => Row(key, sizes[i], started)));
        rows.Add(Row("cross_sector", SmallCellSuppression.Single(projects.Count(p => p.IsCrossSector)), started));
        rows.Add(Row("with_rural_member", SmallCellSuppression.Single(projects.Count(p => p.HasRuralMember)), started));
        rows.Add(Row("happened", SmallCellSuppression.Single(projects.Count(p => p.HasHappened)), started));
        return new FigureTable(TableId, Columns, rows);
    }

    private static FigureRow Row(string key, FigureCell cell, FigureCell started) => new(key, [cell, SmallCellSuppression.Share(cell, started)]);

    private static string SizeKey(int size) => size <= 2 ? Sizes[0] : size == 3 ? Sizes[1] : Sizes[2];
}
