using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Spaces;

/// <summary>The <c>Spaces</c> section: sharing and booking spaces and gear.</summary>
public sealed class SpaceOptions
{
    public const string SectionName = "Spaces";

    /// <summary>Length of a booking when only a start was typed ("morgen 18 Uhr").</summary>
    [Range(15, 24 * 60)]
    public int DefaultBookingMinutes { get; set; } = 180;

    /// <summary>How far /find looks around the town.</summary>
    [Range(1, 1000)]
    public double SearchRadiusKm { get; set; } = 100;

    [Range(1, 10)]
    public int MaxResults { get; set; } = 5;

    /// <summary>Free windows offered when a requested slot is taken.</summary>
    [Range(1, 10)]
    public int AlternativesOffered { get; set; } = 3;

    /// <summary>How far ahead members may book.</summary>
    [Range(1, 730)]
    public int MaxDaysAhead { get; set; } = 365;

    /// <summary>The reminder to both sides goes out this many hours before the start.</summary>
    [Range(1, 24 * 7)]
    public int ReminderHoursBefore { get; set; } = 24;

    /// <summary>A listing is proposed alongside matches when it is at most this far from the member.</summary>
    [Range(1, 1000)]
    public double ProposalRadiusKm { get; set; } = 50;
}
