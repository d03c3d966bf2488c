namespace CultureHub.Core.Places;

/// <summary>Looks up the places members name when they say where they live.</summary>
public interface IGazetteer
{
    /// <summary>All places, those in Niedersachsen and the larger ones around it.</summary>
    IReadOnlyList<Place> Places { get; }

    /// <summary>
    /// Finds the place a free-text answer means ("bei Vechta", "Osnabrueck", "Hannovr"), or null
    /// when nothing plausible is named.
    /// </summary>
    PlaceMatch? Resolve(string text);

    /// <summary>The place with exactly this name (ignoring case and umlaut spelling).</summary>
    Place? FindExact(string name);

    /// <summary>The place closest to the point, or null when there are no places.</summary>
    Place? Nearest(GeoPoint point);
}
