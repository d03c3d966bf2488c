using System.ComponentModel.DataAnnotations;
using CultureHub.Core.Places;

namespace CultureHub.Core.Workshops;

/// <summary>One regional hub: a partner institution that hosts workshops, and the staff who manage them.</summary>
public sealed class HubOptions
{
    [Required]
    [RegularExpression("^[a-z0-9-]{2,20}$")]
    public string Id { get; set; } = string.Empty;

    [Required]
    public string Name { get; set; } = string.Empty;

    [Required]
    public string Partner { get; set; } = string.Empty;

    [Required]
    public string Address { get; set; } = string.Empty;

    [Range(-90, 90)]
    public double Latitude { get; set; }

    [Range(-180, 180)]
    public double Longitude { get; set; }

    /// <summary>Platform identity keys (<c>telegram:12345</c>, <c>web:hub-admin</c>) allowed to manage this hub's workshops.</summary>
    public List<string> Staff { get; set; } = [];

    public GeoPoint Location => new(Latitude, Longitude);
}

/// <summary>The <c>Hubs</c> section: a list of hubs.</summary>
public sealed class HubsOptions
{
    public const string SectionName = "Hubs";

    public List<HubOptions> Hubs { get; set; } = [];

    /// <summary>Every hub valid on its own, ids unique; data annotations do not look inside lists.</summary>
    public static bool IsValid(HubsOptions options) =>
        options.Hubs.All(hub => Validator.TryValidateObject(hub, new ValidationContext(hub), null, validateAllProperties: true))
        && options.Hubs.Select(h => h.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Hubs.Count;
}
