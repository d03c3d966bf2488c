using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

internal static class PlaceFixtures
{
    public static Place Village(string name, int? population, double latitude = 52.5, double longitude = 9.0) =>
        new(name, new GeoPoint(latitude, longitude), "Hannover", population, IsInNiedersachsen: true);
}
