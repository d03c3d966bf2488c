using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Workshops;

public sealed class WorkshopOptions
{
    public const string SectionName = "Workshops";

    /// <summary>Sign-up closes this many hours before the start.</summary>
    [Range(0, 24 * 14)]
    public double SignUpClosesHoursBefore { get; set; } = 2;

    /// <summary>Length of a workshop created through the chat form; staff can edit it.</summary>
    [Range(15, 24 * 60)]
    public int DefaultDurationMinutes { get; set; } = 120;

    [Range(1, 500)]
    public int DefaultCapacity { get; set; } = 12;

    /// <summary>How many fellow participants each one is pointed to after a workshop.</summary>
    [Range(0, 10)]
    public int MatchesPerParticipant { get; set; } = 1;
}
