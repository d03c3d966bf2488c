using CultureHub.Core.Places;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Insights;

/// <summary>
/// The geography of the figures, from public data only (no members): the state's outline, the centre
/// of each statistical region and district, the configured hubs, and which hub's region each district
/// belongs to. A hub's region is a union of whole districts (those whose centre is nearest to that
/// hub), so a hub's figures are sums of the same district cells the state-wide tables publish.
/// </summary>
public sealed class NiedersachsenMap
{
    private readonly Dictionary<string, string> _hubByDistrict;
    private readonly IReadOnlyList<HubOptions> _hubs;

    public NiedersachsenMap(IGazetteer gazetteer, HubDirectory hubs)
    {
        _hubs = hubs.All;
        var inState = gazetteer.Places.Where(p => p.IsInNiedersachsen).ToList();
        Places = inState.Select(p => p.Location).ToList();
        RegionCentres = inState.Where(p => p.Region is not null).GroupBy(p => p.Region!)
            .ToDictionary(g => g.Key, g => Centre(g.ToList()), StringComparer.Ordinal);
        DistrictCentres = inState.GroupBy(DistrictKey)
            .ToDictionary(g => g.Key, g => Centre(g.ToList()), StringComparer.Ordinal);
        _hubByDistrict = DistrictCentres
            .Select(d => (District: d.Key, Hub: NearestHub(d.Value)))
            .Where(d => d.Hub is not null)
            .ToDictionary(d => d.District, d => d.Hub!, StringComparer.Ordinal);
    }

    /// <summary>Every place of the gazetteer in Niedersachsen (they trace the state's shape).</summary>
    public IReadOnlyList<GeoPoint> Places { get; }

    public IReadOnlyDictionary<string, GeoPoint> RegionCentres { get; }

    /// <summary>Population-weighted centre of each district's places, by district name.</summary>
    public IReadOnlyDictionary<string, GeoPoint> DistrictCentres { get; }

    public IReadOnlyList<OutlineRing> Outline => DistrictData.Outline;

    public IReadOnlyList<District> Districts => DistrictData.Districts;

    public IReadOnlyList<HubOptions> Hubs => _hubs;

    /// <summary>The district a place counts under: its district, or its own name where the data has none.</summary>
    public static string DistrictKey(Place place) => place.District ?? place.Name;

    /// <summary>The hub whose region holds the district (by district key), or null when there are no hubs.</summary>
    public string? HubOf(string districtKey) => _hubByDistrict.GetValueOrDefault(districtKey);

    /// <summary>The districts of one hub's region.</summary>
    public IReadOnlyList<string> DistrictsOf(string hubId) =>
        _hubByDistrict.Where(d => d.Value == hubId).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();

    private string? NearestHub(GeoPoint point) => _hubs.MinBy(h => h.Location.DistanceKmTo(point))?.Id;

    private static GeoPoint Centre(IReadOnlyList<Place> places)
    {
        var weights = places.Select(p => (double)Math.Max(1, p.Population ?? 1)).ToList();
        var sum = weights.Sum();
        return new GeoPoint(
            places.Select((p, i) => p.Location.Latitude * weights[i]).Sum() / sum,
            places.Select((p, i) => p.Location.Longitude * weights[i]).Sum() / sum);
    }
}
