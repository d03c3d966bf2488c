using CultureHub.Core.Chat;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Reminders 24 and 2 hours before a workshop, to confirmed participants only. Under the workshop's
/// lock each reminder is first recorded in the outbox under a key naming it (the intent, and the
/// mark that stops a repeat), then the registration is marked; the outbox delivers it at least once.
/// A crash anywhere in between loses nothing: the next run finds the registration unmarked, the
/// outbox already knows the key, and the dispatcher sends what is still pending.
/// </summary>
public sealed partial class WorkshopReminders(
    IWorkshopStore store,
    WorkshopLocks locks,
    WorkshopNotifier notifier,
    ChatDelivery delivery,
    TimeProvider time,
    ILogger<WorkshopReminders> logger) : IDueWork
{
    public static readonly TimeSpan DayBefore = TimeSpan.FromHours(24);
    public static readonly TimeSpan HoursBefore = TimeSpan.FromHours(2);

    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Sends what is due now; returns how many reminders were newly recorded.</summary>
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

            try
            {
                sent += await RemindAsync(workshop, now, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogWorkshopFailed(exception, workshop.Id);
            }
        }

        if (sent > 0)
        {
            LogSent(sent);
        }

        return sent;
    }

    private async Task<int> RemindAsync(Workshop workshop, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var isDayBefore = now < workshop.StartsAt - HoursBefore;
        var marked = await MarkDueAsync(workshop, now, isDayBefore, cancellationToken);
        foreach (var (memberId, _) in marked)
        {
            await delivery.DeliverAsync(WorkshopNotifier.ReminderKey(workshop, memberId, isDayBefore), cancellationToken);
        }

        return marked.Count(m => m.IsNew);
    }

    /// <returns>Members whose registration was marked now; IsNew is false when a crash had recorded the reminder already.</returns>
    private async Task<IReadOnlyList<(string MemberId, bool IsNew)>> MarkDueAsync(Workshop workshop, DateTimeOffset now, bool isDayBefore, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(workshop.Id, cancellationToken);
        var due = new List<(string, bool)>();
        foreach (var registration in await store.RegistrationsForAsync(workshop.Id, cancellationToken))
        {
            var marked = registration.Status != RegistrationStatus.Confirmed ? null
                : isDayBefore ? registration.DayReminderSentAt is null ? registration with { DayReminderSentAt = now } : null
                : registration.HourReminderSentAt is null ? registration with { HourReminderSentAt = now, DayReminderSentAt = registration.DayReminderSentAt ?? now } : null;
            if (marked is null)
            {
                continue;
            }

            var isNew = await notifier.QueueReminderAsync(workshop, registration.MemberId, isDayBefore, cancellationToken);
            await store.SaveRegistrationAsync(marked, cancellationToken);
            due.Add((registration.MemberId, isNew));
        }

        return due;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} workshop reminders")]
    private partial void LogSent(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders for workshop {WorkshopId} failed; the others go on")]
    private partial void LogWorkshopFailed(Exception exception, string workshopId);
}
