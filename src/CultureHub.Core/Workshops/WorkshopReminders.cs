using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Reminders 24 and 2 hours before a workshop, to confirmed participants only. Read from the store on
/// every run; each registration is marked under the workshop's lock before its message goes out,
/// so a restart neither loses a due reminder nor sends one twice.
/// </summary>
public sealed partial class WorkshopReminders(
    IWorkshopStore store,
    WorkshopLocks locks,
    WorkshopNotifier notifier,
    TimeProvider time,
    ILogger<WorkshopReminders> logger) : IDueWork
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HoursBefore = TimeSpan.FromHours(2);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Sends what is due now; returns how many reminders went out.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var workshop in await store.InStateAsync(WorkshopState.Published, cancellationToken))
        {
            if (now >= workshop.StartsAt || now < workshop.StartsAt - DayBefore)
            {
                continue;
            }

            var isDayBefore = now < workshop.StartsAt - HoursBefore;
            foreach (var memberId in await MarkDueAsync(workshop, now, isDayBefore, cancellationToken))
            {
                await notifier.ReminderAsync(workshop, memberId, isDayBefore, cancellationToken);
                sent++;
            }
        }

        if (sent > 0)
        {
            LogSent(sent);
        }

        return sent;
    }

    private async Task<IReadOnlyList<string>> MarkDueAsync(Workshop workshop, DateTimeOffset now, bool isDayBefore, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(workshop.Id, cancellationToken);
        var due = new List<string>();
        foreach (var registration in await store.RegistrationsForAsync(workshop.Id, cancellationToken))
        {
            if (registration.Status != RegistrationStatus.Confirmed)
            {
                continue;
            }

            var marked = isDayBefore
                ? registration.DayReminderSentAt is null ? registration with { DayReminderSentAt = now } : null
                : registration.HourReminderSentAt is null ? registration with { HourReminderSentAt = now, DayReminderSentAt = registration.DayReminderSentAt ?? now } : null;
            if (marked is not null)
            {
                await store.SaveRegistrationAsync(marked, cancellationToken);
                due.Add(registration.MemberId);
            }
        }

        return due;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} workshop reminders")]
    private partial void LogSent(int count);
}
