namespace CultureHub.Core.Places;

public sealed record GeoPoint(double Latitude, double Longitude)
{
    public double DistanceKmTo(GeoPoint other)
    {
        const double EarthRadiusKm = 6371.0;
        var dLat = ToRadians(other.Latitude - Latitude);
        var dLon = ToRadians(other.Longitude - Longitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(ToRadians(Latitude)) * Math.Cos(ToRadians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}

public sealed record Place(string Name, GeoPoint Location, string? Region, int? Population, bool IsInNiedersachsen)
{
    public bool IsUrban => Population >= 100_000;
}

public sealed record PlaceMatch(Place Place, double Confidence);

public interface IGazetteer
{
    IReadOnlyList<Place> Places { get; }

    PlaceMatch? Resolve(string text);

    Place? Nearest(GeoPoint point);

    Place? FindExact(string name);
}
