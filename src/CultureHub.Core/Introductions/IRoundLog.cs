namespace CultureHub.Core.Introductions;

/// <summary>
/// When the last scheduled matching round ran, kept in the database so a round whose time fell
/// into a restart can be caught up once. Implemented by the storage adapter.
/// </summary>
public interface IRoundLog
{
    /// <summary>The scheduled time of the last round that completed, or null before the first start.</summary>
    Task<DateTimeOffset?> LastRoundAsync(CancellationToken cancellationToken);

    Task RecordRoundAsync(DateTimeOffset scheduledFor, CancellationToken cancellationToken);
}
