using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

/// <summary>
/// The reminder the day before an approved booking, to both sides. Read from the store on every run and
/// marked before the messages go out, so a restart neither loses a due reminder nor sends one twice.
/// </summary>
public sealed partial class BookingReminders(
    ISpaceStore store,
    IMemberStore members,
    SpaceNotices notices,
    BookingReplies replies,
    IOptions<SpaceOptions> options,
    TimeProvider time,
    ILogger<BookingReminders> logger) : IDueWork
{
    public Task RunAsync(CancellationToken cancellationToken) => SendDueAsync(cancellationToken);

    /// <summary>Sends what is due now; returns how many bookings were reminded.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var before = TimeSpan.FromHours(options.Value.ReminderHoursBefore);
        var sent = 0;
        foreach (var booking in await store.BookingsInStateAsync(BookingState.Approved, cancellationToken))
        {
            if (booking.ReminderSentAt is not null || now >= booking.StartsAt || now < booking.StartsAt - before
                || await store.GetListingAsync(booking.ListingId, cancellationToken) is not { } listing)
            {
                continue;
            }

            await store.SaveBookingAsync(booking with { ReminderSentAt = now }, cancellationToken);
            var requester = (await members.GetAsync(booking.MemberId, cancellationToken))?.DisplayName ?? "?";
            await notices.ToMemberAsync($"sp-reminder:{booking.Id}", booking.MemberId, language => replies.Reminder(booking, listing, isOwnerSide: false, requester, language), cancellationToken);
            await notices.ToOwnerAsync($"sp-reminder-owner:{booking.Id}", listing, language => replies.Reminder(booking, listing, isOwnerSide: true, requester, language), cancellationToken);
            sent++;
        }

        if (sent > 0)
        {
            LogSent(sent);
        }

        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Count} booking reminders")]
    private partial void LogSent(int count);
}
