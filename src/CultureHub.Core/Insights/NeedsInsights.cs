using CultureHub.Core.Matching;

namespace CultureHub.Core.Insights;

/// <summary>
/// The partners' "Bedarf" list: per competence how many members seek it (<c>sought</c>), how many of
/// those have someone offering it within reach (<c>met</c>) and how many do not (<c>unmet</c>), and how many
/// offer it (<c>offered</c>) — state-wide (<c>all</c>) and per hub region, sorted by unmet demand.
/// For each competence the cells are linked: met + unmet = sought in every region, and the regions
/// add up to the state-wide row, so a hidden cell cannot be recovered from its row or its column.
/// </summary>
public static class NeedsInsights
{
    public const string TableId = "needs";
    public const string StateWide = "all";
    public static readonly IReadOnlyList<string> Columns = ["region", "sought", "met", "unmet", "offered"];
    private static readonly string[] Measures = ["sought", "met", "unmet", "offered"];

    public static FigureTable Build(IReadOnlyList<MemberNeeds> members, IReadOnlyList<string> regions, CompetenceTaxonomy taxonomy, double reachKm)
    {
        var providers = members
            .SelectMany(m => m.Serves.Select(need => (Need: need, Member: m)))
            .GroupBy(p => p.Need, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Member).ToList(), StringComparer.Ordinal);
        var rows = new List<(string Region, FigureRow Row)>();
        foreach (var need in members.SelectMany(m => m.Sought).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var mode = taxonomy.Find(need)?.Mode ?? WorkMode.InPerson;
            var offering = providers.GetValueOrDefault(need) ?? [];
            var cells = new LinkedSuppression();
            foreach (var seeker in members.Where(m => m.Sought.Contains(need)))
            {
                var isMet = offering.Any(p => p.IsAvailable && p.MemberId != seeker.MemberId && seeker.IsWithinReach(p, mode, reachKm));
                cells.Add($"sought:{seeker.Region}");
                cells.Add($"{(isMet ? "met" : "unmet")}:{seeker.Region}");
            }

            foreach (var provider in offering)
            {
                cells.Add($"offered:{provider.Region}");
            }

            Declare(cells, regions);
            var published = cells.Apply();
            // A region with offers but no seekers gets a row too: every cell of a declared sum is shown (published or "< 5").
            foreach (var region in regions.Prepend(StateWide).Where(r => cells[$"sought:{r}"] > 0 || cells[$"offered:{r}"] > 0))
            {
                rows.Add((region, new FigureRow(need, [FigureCell.Label(region), .. Measures.Select(m => published[$"{m}:{region}"])])));
            }
        }

        var order = regions.Prepend(StateWide).ToList();
        var sorted = rows
            .OrderBy(r => order.IndexOf(r.Region))
            .ThenByDescending(r => r.Row.Cells[3].Number ?? -1)
            .ThenByDescending(r => r.Row.Cells[1].Number ?? -1)
            .ThenBy(r => r.Row.Key, StringComparer.Ordinal)
            .Select(r => r.Row)
            .ToList();
        return new FigureTable(TableId, Columns, sorted);
    }

    /// <summary>The rows of one region (<see cref="StateWide"/> or a hub id), in the table's order.</summary>
    public static FigureTable ForRegion(FigureTable needs, string region) => needs.Where(r => r.Cells[0].Text == region);

    private static void Declare(LinkedSuppression cells, IReadOnlyList<string> regions)
    {
        foreach (var region in regions)
        {
            cells.Relate($"sought:{region}", [$"met:{region}", $"unmet:{region}"]);
        }

        foreach (var measure in Measures)
        {
            cells.Relate($"{measure}:{StateWide}", regions.Select(r => $"{measure}:{r}"));
        }

        cells.Relate($"sought:{StateWide}", [$"met:{StateWide}", $"unmet:{StateWide}"]);
    }
}
