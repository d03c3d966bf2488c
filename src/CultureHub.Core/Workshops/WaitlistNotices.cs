using CultureHub.Core.Chat;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Workshops;

/// <summary>
/// A promotion from the waitlist is written before its notice is recorded in the outbox; a crash in
/// between would leave the member confirmed without knowing. This due work finds recent promotions
/// whose notice the outbox does not know and sends it (the key makes a second one impossible).
/// Only promotions of the last day are looked at: older ones were told before this existed.
/// </summary>
public sealed partial class WaitlistNotices(
    IWorkshopStore store,
    WorkshopNotifier notifier,
    ChatDelivery delivery,
    TimeProvider time,
    ILogger<WaitlistNotices> logger) : IDueWork
{
    private static readonly TimeSpan Window = TimeSpan.FromDays(1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        foreach (var workshop in await store.InStateAsync(WorkshopState.Published, cancellationToken))
        {
            if (now >= workshop.StartsAt)
            {
                continue;
            }

            foreach (var registration in await store.RegistrationsForAsync(workshop.Id, cancellationToken))
            {
                if (registration is { Status: RegistrationStatus.Confirmed, PromotedAt: { } promotedAt } && now - promotedAt <= Window
                    && !await delivery.IsKnownAsync(WorkshopNotifier.PromotedKey(registration), cancellationToken))
                {
                    await notifier.PromotedAsync(workshop, registration, cancellationToken);
                    LogRecovered(workshop.Id);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId}: a promotion notice a crash interrupted was sent")]
    private partial void LogRecovered(string workshopId);
}
