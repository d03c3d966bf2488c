namespace CultureHub.Core.Places;

/// <summary>
/// The places of Niedersachsen (and the bigger ones around it) from GeoNames, with forgiving
/// lookup of what members write. Immutable, so one instance serves all threads.
/// </summary>
public sealed class Gazetteer : IGazetteer
{
    /// <summary>Logical name given to Places/Data/places.csv in CultureHub.Core.csproj.</summary>
    internal const string ResourceName = "CultureHub.Core.Places.places.csv";

    private static readonly Lazy<Gazetteer> Embedded = new(ReadEmbedded);

    private readonly Place[] _places;
    private readonly PlaceNameIndex _index;
    private readonly PlaceTextResolver _resolver;

    public Gazetteer(IEnumerable<Place> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        _places = [.. places];
        _index = new PlaceNameIndex(_places);
        _resolver = new PlaceTextResolver(_index);
    }

    public IReadOnlyList<Place> Places => _places;

    /// <summary>The gazetteer shipped inside this assembly, read once on first use.</summary>
    public static Gazetteer LoadEmbedded() => Embedded.Value;

    public PlaceMatch? Resolve(string text) => text is null ? null : _resolver.Resolve(text);

    public Place? FindExact(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var key = PlaceNameFolding.Fold(name);
        return _index.Exact(key) ?? _index.Exact(PlaceNameFolding.Fold(PlaceNameFolding.WithoutBrackets(name)));
    }

    public Place? Nearest(GeoPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        Place? nearest = null;
        var nearestKm = double.MaxValue;
        foreach (var place in _places)
        {
            var km = point.DistanceKmTo(place.Location);
            if (km < nearestKm)
            {
                nearest = place;
                nearestKm = km;
            }
        }
        return nearest;
    }

    private static Gazetteer ReadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return new Gazetteer(PlacesCsvReader.Read(reader));
    }
}
