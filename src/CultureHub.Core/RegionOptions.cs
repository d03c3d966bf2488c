using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core;

/// <summary>The region the hubs serve. Its time zone is the only one CultureHub uses.</summary>
public sealed class RegionOptions
{
    public const string SectionName = "Region";

    /// <summary>
    /// IANA time zone id. Workshop times are typed, shown and written to calendar files in it, and the
    /// matching round's cron runs in it. Default: Europe/Berlin.
    /// </summary>
    [Required]
    [TimeZoneId]
    public string TimeZone { get; set; } = "Europe/Berlin";
}

/// <summary>A time zone id this machine knows (IANA, e.g. Europe/Berlin), so a typo stops the start with one line.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class TimeZoneIdAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string id || TimeZoneInfo.TryFindSystemTimeZoneById(id, out _)
            ? ValidationResult.Success
            : new ValidationResult($"'{id}' is not a known time zone id (IANA, e.g. Europe/Berlin).", [validationContext.MemberName ?? string.Empty]);
}
