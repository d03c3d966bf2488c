using System.ComponentModel.DataAnnotations;
using CultureHub.Core.Chat;
using CultureHub.Core.Places;

namespace CultureHub.Core.Workshops;

/// <summary>
/// One regional hub: a city where workshops take place, and the staff who manage them. The shipped
/// defaults name only the city; the partner who hosts the hub, its address and exact coordinates
/// are configuration, because nothing shipped may claim who a real institution works with.
/// </summary>
public sealed class HubOptions
{
    [Required]
    [RegularExpression("^[a-z0-9-]{2,20}$")]
    public string Id { get; set; } = string.Empty;

    [Required]
    public string Name { get; set; } = string.Empty;

    /// <summary>The institution hosting the hub's workshops, when one is configured.</summary>
    public string? Partner { get; set; }

    /// <summary>The venue's street address, when one is configured.</summary>
    public string? Address { get; set; }

    /// <summary>The city centre unless a venue's coordinates are configured.</summary>
    [Range(-90, 90)]
    public double Latitude { get; set; }

    [Range(-180, 180)]
    public double Longitude { get; set; }

    /// <summary>Platform identity keys (<c>telegram:12345</c>, <c>discord:80351110224678912</c>) allowed to manage this hub's workshops; never <c>web:</c>.</summary>
    public List<string> Staff { get; set; } = [];

    public GeoPoint Location => new(Latitude, Longitude);

    /// <summary>The hub as a list shows it: "Hannover", or "Hannover – Partner" when a partner is configured.</summary>
    public string Label => string.IsNullOrWhiteSpace(Partner) ? Name : $"{Name} – {Partner}";

    /// <summary>Where to go: partner and address as far as configured, else the city.</summary>
    public string Venue => string.Join(", ", new[] { Partner, Address }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } venue ? venue : Name;

    /// <summary>The hub on a workshop card: the city, and the venue when one is configured.</summary>
    public string Where => Venue == Name ? Name : $"{Name} – {Venue}";
}

/// <summary>The <c>Hubs</c> section: a list of hubs.</summary>
public sealed class HubsOptions
{
    public const string SectionName = "Hubs";

    public List<HubOptions> Hubs { get; set; } = [];

    /// <summary>The web chat's visitors are anonymous cookies: none of them can vouch for a hub's staff.</summary>
    public static bool HasNoWebStaff(HubsOptions options) => !options.Hubs.SelectMany(h => h.Staff).Any(IsWebIdentity);

    public static bool IsWebIdentity(string identityKey) =>
        PlatformIdentity.TryParse(identityKey, out var identity) && identity.Platform == ChatPlatform.Web;

    /// <summary>Every hub valid on its own, ids unique; data annotations do not look inside lists.</summary>
    public static bool IsValid(HubsOptions options) =>
        options.Hubs.All(hub => Validator.TryValidateObject(hub, new ValidationContext(hub), null, validateAllProperties: true))
        && options.Hubs.Select(h => h.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Hubs.Count;
}
