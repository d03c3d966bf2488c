using CultureHub.Core.Chat;
using CultureHub.Core.Places;

namespace CultureHub.Core.Spaces;

/// <summary>The fields /editlisting can change, German and English names, each checked like the form checks it.</summary>
public static class ListingEdits
{
    public static Listing? Apply(Listing listing, string field, string value, IGazetteer gazetteer) => field.ToLowerInvariant() switch
    {
        "title" or "titel" or "name" when value.Length is >= 3 and <= 80 => listing with { Title = value },
        "description" or "beschreibung" when value.Length <= 1000 => listing with { Description = value },
        "terms" or "konditionen" or "preis" or "price" when value.Length is >= 1 and <= 200 => listing with { Terms = ListingTermsReader.Read(value) },
        "capacity" or "kapazität" or "kapazitaet" or "plätze" when CountReader.Read(value) is { } capacity && capacity is >= 1 and <= 10_000 => listing with { Capacity = capacity },
        "availability" or "zeiten" or "verfügbarkeit" when AvailabilityParser.Parse(value) is { } availability => listing with { Availability = availability },
        "address" or "adresse" when value.Length is >= 3 and <= 200 => listing with { Address = value },
        "town" or "ort" when gazetteer.Resolve(value) is { Confidence: >= 0.6 } town => listing with { Town = town.Place },
        _ => null,
    };
}
