namespace CultureHub.Core;

/// <summary>Work that becomes due with time (expiry, follow-ups, reminders), derived from stored state alone.</summary>
public interface IDueWork
{
    Task RunAsync(CancellationToken cancellationToken);
}
