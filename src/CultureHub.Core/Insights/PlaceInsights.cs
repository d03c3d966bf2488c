namespace CultureHub.Core.Insights;

/// <summary>
/// The tables about where members live. All of them read the cells of one <see cref="MemberGeography"/>,
/// so a district hidden in one table is hidden in every other, and no sum gives it back.
/// </summary>
public static class PlaceInsights
{
    public static FigureTable ByRegion(MemberGeography geography) =>
        Table("members_by_region", [.. MemberGeography.Regions, MemberGeography.Outside, MemberGeography.Unknown], geography.RegionCell, keepOrder: true);

    public static FigureTable ByDistrict(MemberGeography geography) =>
        Table("members_by_district", geography.DistrictsWithMembers.ToList(), geography.DistrictCell, keepOrder: false);

    /// <summary>Members by the region of the hub nearest to their district; the rows add up to all members.</summary>
    public static FigureTable ByHubRegion(MemberGeography geography) =>
        Table("members_by_hub_region", [.. geography.Map.Hubs.Select(h => h.Id), MemberGeography.Outside, MemberGeography.Unknown], geography.HubCell, keepOrder: true);

    /// <summary>Urban (big cities), rural (everywhere else) and unknown; shares are of members with a known place.</summary>
    public static FigureTable UrbanRural(MemberGeography geography)
    {
        var located = geography.Cell("located");
        var urban = geography.Cell("urban");
        var rural = geography.Cell("rural");
        return new FigureTable("urban_rural", ["members", "percent_of_located"],
        [
            new FigureRow("urban", [urban, SmallCellSuppression.Share(urban, located)]),
            new FigureRow("rural", [rural, SmallCellSuppression.Share(rural, located)]),
            new FigureRow(MemberGeography.Unknown, [geography.DistrictCell(MemberGeography.Unknown), FigureCell.Percent(null)]),
        ]);
    }

    /// <summary>
    /// Members per 100,000 inhabitants for every district of Niedersachsen (official population, see
    /// <see cref="DistrictData"/>) and the state as a whole. Rates only from published counts.
    /// </summary>
    public static FigureTable Reach(MemberGeography geography)
    {
        var rows = geography.Map.Districts
            .Select(d => Row(d.Name, geography.DistrictCell(d.Name), d.Population, FigureCell.Label(d.Region)))
            .OrderByDescending(r => r.Cells[3].Number ?? -1)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
        var inhabitants = geography.Map.Districts.Sum(d => d.Population);
        rows.Insert(0, Row(MemberGeography.Niedersachsen, geography.Cell(MemberGeography.Niedersachsen), inhabitants, FigureCell.Label(string.Empty)));
        return new FigureTable("reach_by_district", ["region", "members", "inhabitants", "per_100k"], rows);
    }

    private static FigureRow Row(string key, FigureCell members, int inhabitants, FigureCell region) =>
        new(key, [region, members, FigureCell.Value(inhabitants), members.Number is { } n && inhabitants > 0 ? FigureCell.Value(n * 100_000 / inhabitants) : FigureCell.Value(null)]);

    /// <summary>
    /// One column of members. Ranked tables sort by the published value (hidden cells last, by key),
    /// so not even the order of rows tells which hidden cell is larger.
    /// </summary>
    private static FigureTable Table(string id, IReadOnlyList<string> keys, Func<string, FigureCell> cell, bool keepOrder)
    {
        var rows = keys.Select(k => new FigureRow(k, [cell(k)]));
        if (!keepOrder)
        {
            rows = rows.OrderByDescending(r => r.Cells[0].Number ?? -1).ThenBy(r => r.Key, StringComparer.Ordinal);
        }

        return new FigureTable(id, ["members"], rows.ToList());
    }
}
