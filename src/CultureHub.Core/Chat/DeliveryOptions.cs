using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Chat;

/// <summary>How the outbox sends what the core starts itself, and how long it keeps trying.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>One attempt to hand a message to a platform may take this long before it counts as failed.</summary>
    [Range(1, 600)]
    public int AttemptTimeoutSeconds { get; set; } = 30;

    /// <summary>Attempts per message, the first included; after the last failed one the message is dead-lettered.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>Longest wait before the first retry (the upper half is jittered); later waits double, see <see cref="IRetryBackoff"/>.</summary>
    [Range(1, 3600)]
    public int FirstRetrySeconds { get; set; } = 30;

    /// <summary>No wait between two attempts is longer than this.</summary>
    [Range(1, 24 * 60)]
    public int MaxRetryDelayMinutes { get; set; } = 60;

    /// <summary>
    /// How long the marker of a settled message is kept (without its text). Longer than a proposal
    /// can live (60 days at most), because the ghost pause asks whether a proposal was delivered.
    /// </summary>
    [Range(61, 3650)]
    public int KeepSettledDays { get; set; } = 90;

    public TimeSpan AttemptTimeout => TimeSpan.FromSeconds(AttemptTimeoutSeconds);

    public TimeSpan FirstRetry => TimeSpan.FromSeconds(FirstRetrySeconds);

    public TimeSpan MaxRetryDelay => TimeSpan.FromMinutes(MaxRetryDelayMinutes);
}
