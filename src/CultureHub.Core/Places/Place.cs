namespace CultureHub.Core.Places;

/// <summary>A town, village or city quarter from the gazetteer.</summary>
/// <param name="Region">
/// For places in Niedersachsen one of the four statistical regions (Braunschweig, Hannover,
/// Lüneburg, Weser-Ems); for places elsewhere the German name of their state.
/// </param>
public sealed record Place(
    string Name,
    GeoPoint Location,
    string? Region,
    int? Population,
    bool IsInNiedersachsen)
{
    /// <summary>From this population on a place counts as a big city (Großstadt).</summary>
    public const int UrbanPopulation = 100_000;

    /// <summary>Landkreis, Region Hannover or kreisfreie Stadt, where the data tells it.</summary>
    public string? District { get; init; }

    /// <summary>Another name the place goes by, such as "Hansestadt Stade" for Stade.</summary>
    public string? AlternateName { get; init; }

    public bool IsUrban => Population >= UrbanPopulation;
}
