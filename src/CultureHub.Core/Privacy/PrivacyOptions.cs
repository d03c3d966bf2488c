using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Privacy;

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>The version of the privacy notice members agree to; stored with each consent.</summary>
    [Required]
    [RegularExpression(@"^[\w.\-]{1,32}$")]
    public string ConsentVersion { get; set; } = "2026-11";

    /// <summary>Who members can write to about their data (shown in /privacy).</summary>
    [Required]
    public string Contact { get; set; } = "datenschutz@culturehub.example";
}
