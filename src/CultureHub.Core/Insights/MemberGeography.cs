using CultureHub.Core.Members;

namespace CultureHub.Core.Insights;

/// <summary>
/// Where members live, as one set of linked cells: districts, statistical regions, hub regions,
/// urban/rural and the totals are suppressed together (<see cref="LinkedSuppression"/>), so no
/// table's total minus another table's rows gives back a hidden district.
/// </summary>
public sealed class MemberGeography
{
    public const string Outside = "outside_niedersachsen";
    public const string Unknown = "unknown";
    public const string Niedersachsen = "niedersachsen";
    public static readonly IReadOnlyList<string> Regions = ["Braunschweig", "Hannover", "Lüneburg", "Weser-Ems"];

    private readonly IReadOnlyDictionary<string, FigureCell> _cells;
    private readonly NiedersachsenMap _map;
    private readonly HashSet<string> _districtsWithMembers;

    public MemberGeography(IReadOnlyList<Member> members, NiedersachsenMap map)
    {
        _map = map;
        var cells = new LinkedSuppression();
        var regionOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var district in map.Districts)
        {
            regionOf[district.Name] = district.Region;
        }

        _districtsWithMembers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            var place = member.Town?.Place;
            var district = place switch
            {
                null or { IsInNiedersachsen: true, Region: null } => Unknown,
                { IsInNiedersachsen: false } => Outside,
                _ => NiedersachsenMap.DistrictKey(place),
            };
            cells.Add(District(district));
            _districtsWithMembers.Add(district);
            if (place is { IsInNiedersachsen: true, Region: { } region })
            {
                regionOf.TryAdd(district, region);
            }

            if (place is not null && district != Unknown)
            {
                cells.Add(place.IsUrban ? "urban" : "rural");
            }
        }

        Declare(cells, regionOf, map);
        _cells = cells.Apply();
    }

    public FigureCell Cell(string key) => _cells.GetValueOrDefault(key) ?? FigureCell.Count(0);

    public FigureCell DistrictCell(string district) => Cell(District(district));

    public FigureCell RegionCell(string region) => region is Outside or Unknown ? Cell(District(region)) : Cell("region:" + region);

    public FigureCell HubCell(string hubOrResidual) => hubOrResidual is Outside or Unknown ? Cell(District(hubOrResidual)) : Cell("hub:" + hubOrResidual);

    /// <summary>Districts that have members, plus the outside and unknown rows.</summary>
    public IReadOnlyCollection<string> DistrictsWithMembers => _districtsWithMembers;

    public FigureCell Total => Cell("total");

    public NiedersachsenMap Map => _map;

    private static string District(string name) => "district:" + name;

    private static void Declare(LinkedSuppression cells, Dictionary<string, string> regionOf, NiedersachsenMap map)
    {
        var residuals = new[] { District(Outside), District(Unknown) };
        var unknown = District(Unknown);
        var inState = regionOf.Keys.Select(District).ToList();
        foreach (var region in Regions)
        {
            cells.Relate("region:" + region, regionOf.Where(d => d.Value == region).Select(d => District(d.Key)));
        }

        var hubs = map.Hubs.Select(h => h.Id).ToList();
        foreach (var hub in hubs)
        {
            cells.Relate("hub:" + hub, inState.Where(d => map.HubOf(d["district:".Length..]) == hub));
        }

        var unassigned = inState.Where(d => map.HubOf(d["district:".Length..]) is null).ToList();
        cells.Relate(Niedersachsen, Regions.Select(r => "region:" + r));
        cells.Relate(Niedersachsen, inState);
        cells.Relate("total", [.. Regions.Select(r => "region:" + r), .. residuals], unknown);
        cells.Relate("total", [.. hubs.Select(h => "hub:" + h), .. unassigned, .. residuals], unknown);
        cells.Relate("total", [.. inState, .. residuals], unknown);
        cells.Relate("located", ["urban", "rural"]);
        cells.Relate("total", ["urban", "rural", unknown], unknown);
        cells.Relate("total", ["located", unknown], unknown);
    }
}
