using CultureHub.Core.Places;

namespace CultureHub.Core.Insights;

/// <summary>
/// Geometry for the dashboard's small map: the gazetteer's places in Niedersachsen (which trace the
/// state's shape) and the centre of each statistical region. Public gazetteer data, no members.
/// </summary>
public sealed class NiedersachsenMap(IGazetteer gazetteer)
{
    public IReadOnlyList<GeoPoint> Places { get; } = gazetteer.Places.Where(p => p.IsInNiedersachsen).Select(p => p.Location).ToList();

    public IReadOnlyDictionary<string, GeoPoint> RegionCentres { get; } = gazetteer.Places
        .Where(p => p.IsInNiedersachsen && p.Region is not null)
        .GroupBy(p => p.Region!)
        .ToDictionary(g => g.Key, g => new GeoPoint(g.Average(p => p.Location.Latitude), g.Average(p => p.Location.Longitude)));
}
