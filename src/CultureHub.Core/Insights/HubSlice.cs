namespace CultureHub.Core.Insights;

/// <summary>
/// A hub's period report: the rows of the state-wide tables that belong to the hub's region — its
/// districts, its needs, its workshops. Only rows are dropped, never recomputed, so a hub report shows
/// exactly the cells (and the same hidden cells) as the state-wide report and nothing can be
/// subtracted between the two. Tables that do not split by region (introductions) stay state-wide only.
/// </summary>
public static class HubSlice
{
    public static InsightsReport Of(InsightsReport report, string hubId, NiedersachsenMap map)
    {
        var districts = map.DistrictsOf(hubId).ToHashSet(StringComparer.Ordinal);
        var tables = new List<FigureTable>();
        foreach (var table in report.Tables)
        {
            FigureTable? slice = table.Id switch
            {
                "members_by_hub_region" or "workshops_by_hub" => table.Where(r => r.Key == hubId),
                "members_by_district" or "reach_by_district" => table.Where(r => districts.Contains(r.Key)),
                NeedsInsights.TableId => NeedsInsights.ForRegion(table, hubId),
                _ => null,
            };
            if (slice is not null)
            {
                tables.Add(slice);
            }
        }

        return report with { Tables = tables };
    }
}
