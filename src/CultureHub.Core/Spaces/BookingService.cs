using CultureHub.Core.Chat;
using CultureHub.Core.Dates;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

public enum RequestResult
{
    Requested,
    NotFound,
    Removed,
    Paused,
    OwnListing,
    InPast,
    TooFarAhead,
    OutsideAvailability,
    Taken,
    AlreadyRequested,
}

public sealed record RequestOutcome(RequestResult Result, Listing? Listing = null, Booking? Booking = null, IReadOnlyList<WallClockSpan>? Alternatives = null);

/// <summary>
/// Booking requests. A request is checked against the listing's availability and its approved bookings;
/// a taken slot comes back with the next free windows. The owner (or the hub's staff) decides through
/// <see cref="BookingDecisions"/>.
/// </summary>
public sealed partial class BookingService(
    ISpaceStore store,
    SpaceNotices notices,
    BookingReplies replies,
    IOptions<SpaceOptions> options,
    RegionTime region,
    TimeProvider time,
    ILogger<BookingService> logger)
{
    public async Task<RequestOutcome> RequestAsync(string listingId, Member member, WallClockSpan span, CancellationToken cancellationToken)
    {
        var listing = await store.GetListingAsync(SpaceIds.Normalise(listingId), cancellationToken);
        var now = time.GetUtcNow();
        var result = listing switch
        {
            null => RequestResult.NotFound,
            { State: ListingState.Removed } => RequestResult.Removed,
            { State: ListingState.Paused } => RequestResult.Paused,
            _ when listing.OwnerMemberId == member.Id => RequestResult.OwnListing,
            _ when span.StartsAt <= now => RequestResult.InPast,
            _ when span.StartsAt > now.AddDays(options.Value.MaxDaysAhead) => RequestResult.TooFarAhead,
            _ => RequestResult.Requested,
        };
        if (result != RequestResult.Requested)
        {
            return new RequestOutcome(result, listing);
        }

        var bookings = await store.BookingsForListingAsync(listing!.Id, cancellationToken);
        var approved = bookings.Where(b => b.State == BookingState.Approved).ToList();
        if (!listing.Availability.Covers(span, region.Zone) || approved.Any(b => b.Overlaps(span.StartsAt, span.EndsAt)))
        {
            var alternatives = FreeSlots.After(listing, span, approved, now, options.Value.AlternativesOffered, region.Zone);
            var refused = listing.Availability.Covers(span, region.Zone) ? RequestResult.Taken : RequestResult.OutsideAvailability;
            return new RequestOutcome(refused, listing, null, alternatives);
        }

        if (bookings.FirstOrDefault(b => b.MemberId == member.Id && b.IsOpen && b.Overlaps(span.StartsAt, span.EndsAt)) is { } mine)
        {
            return new RequestOutcome(RequestResult.AlreadyRequested, listing, mine);
        }

        var booking = new Booking
        {
            Id = SpaceIds.NewId(),
            ListingId = listing.Id,
            MemberId = member.Id,
            StartsAt = span.StartsAt,
            EndsAt = span.EndsAt,
            RequestedAt = now,
        };
        await store.SaveBookingAsync(booking, cancellationToken);
        LogRequested(booking.Id, listing.Id);
        await notices.ToOwnerAsync($"sp-request:{booking.Id}", listing, language => replies.RequestToOwner(booking, listing, member, language), cancellationToken);
        return new RequestOutcome(RequestResult.Requested, listing, booking);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} requested for listing {ListingId}")]
    private partial void LogRequested(string bookingId, string listingId);
}
