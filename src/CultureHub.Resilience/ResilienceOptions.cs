using System.ComponentModel.DataAnnotations;

namespace CultureHub.Resilience;

/// <summary>
/// The <c>Resilience</c> section: the one retry and backoff policy of every adapter — their HTTP
/// calls, Discord's gateway reconnects and the restart of an adapter that failed.
/// </summary>
public sealed class ResilienceOptions
{
    public const string SectionName = "Resilience";

    /// <summary>The first wait; it doubles per failure in a row up to <see cref="MaxDelay"/>, each with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often one HTTP call is retried after a network error, a timeout or a 5xx answer.</summary>
    [Range(0, 10)]
    public int MaxHttpRetries { get; set; } = 3;

    /// <summary>How long one HTTP attempt may take (Telegram's long poll gets its poll timeout on top).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
