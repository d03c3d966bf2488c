namespace CultureHub.Core.Places;

public sealed class Gazetteer(IEnumerable<Place> places) : IGazetteer
{
    public IReadOnlyList<Place> Places { get; } = places.ToList();

    public static Gazetteer LoadEmbedded() => new([
        new Place("Hannover", new GeoPoint(52.37, 9.73), "Hannover", 535000, true),
        new Place("Oldenburg", new GeoPoint(53.14, 8.21), "Weser-Ems", 170000, true),
        new Place("Vechta", new GeoPoint(52.73, 8.29), "Weser-Ems", 32000, true),
    ]);

    public Place? FindExact(string name) => Places.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Place? Nearest(GeoPoint point) => Places.MinBy(p => p.Location.DistanceKmTo(point));

    public PlaceMatch? Resolve(string text) => FindExact(text.Trim()) is { } p ? new PlaceMatch(p, 1) : null;
}
