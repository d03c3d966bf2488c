using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Places;

public sealed class GeoPointTests
{
    [Fact]
    public void DistanceKmTo_HannoverToOldenburg_IsAbout130Km()
    {
        var gazetteer = Gazetteer.LoadEmbedded();
        var hannover = gazetteer.FindExact("Hannover")!.Location;
        var oldenburg = gazetteer.FindExact("Oldenburg")!.Location;

        Assert.InRange(hannover.DistanceKmTo(oldenburg), 120, 135);
    }

    [Fact]
    public void DistanceKmTo_OneDegreeOfLatitude_IsAbout111Km()
    {
        var distance = new GeoPoint(52, 9).DistanceKmTo(new GeoPoint(53, 9));

        Assert.InRange(distance, 110.9, 111.4);
    }

    [Fact]
    public void DistanceKmTo_SamePoint_IsZero()
    {
        Assert.Equal(0, new GeoPoint(52.37, 9.73).DistanceKmTo(new GeoPoint(52.37, 9.73)));
    }

    [Fact]
    public void DistanceKmTo_IsSymmetric()
    {
        var a = new GeoPoint(53.55, 9.99);
        var b = new GeoPoint(51.53, 9.93);

        Assert.Equal(a.DistanceKmTo(b), b.DistanceKmTo(a), precision: 9);
    }
}
