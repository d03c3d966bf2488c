using CultureHub.Core.Chat;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

public enum DecisionResult
{
    Approved,
    Declined,
    Cancelled,

    /// <summary>A second click on approve: already done, nothing sent again.</summary>
    AlreadyApproved,
    AlreadyClosed,
    Overlaps,
    NotAllowed,
    NotFound,
}

public sealed record DecisionOutcome(DecisionResult Result, Booking? Booking = null, Listing? Listing = null);

/// <summary>
/// The owner's side of a booking (approve, decline) and either side's cancellation. Approval is the
/// store's atomic check-and-write, so two approvals for one slot, or a double click, approve once.
/// </summary>
public sealed partial class BookingDecisions(
    ISpaceStore store,
    HubDirectory hubs,
    SpaceNotices notices,
    BookingReplies replies,
    IOptions<SpaceOptions> options,
    RegionTime region,
    TimeProvider time,
    ILogger<BookingDecisions> logger)
{
    /// <summary>Who called a booking off, as <see cref="Booking.CancelledBy"/> records it.</summary>
    public const string ByMember = "member";

    /// <inheritdoc cref="ByMember"/>
    public const string ByOwner = "owner";

    /// <summary>The listing's owner erased their data: the requester is told without the listing's own words.</summary>
    public const string ListingGone = "gone";

    /// <summary>Whether the one writing decides on this listing: its owner, or staff of its hub.</summary>
    public bool IsOwnerSide(Listing listing, ChatContext context) =>
        (listing.OwnerMemberId is { } owner && context.Member?.Id == owner)
        || (listing.HubId is { } hub && hubs.IsStaff(hub, context.Identity.Key));

    public async Task<DecisionOutcome> DecideAsync(string bookingId, ChatContext context, bool isApproval, CancellationToken cancellationToken)
    {
        var (booking, listing) = await LoadAsync(bookingId, cancellationToken);
        if (booking is null || listing is null)
        {
            return new DecisionOutcome(DecisionResult.NotFound);
        }

        if (!IsOwnerSide(listing, context))
        {
            return new DecisionOutcome(DecisionResult.NotAllowed, booking, listing);
        }

        return isApproval ? await ApproveAsync(booking, listing, context, cancellationToken) : await DeclineAsync(booking, listing, context, cancellationToken);
    }

    public async Task<DecisionOutcome> CancelAsync(string bookingId, ChatContext context, CancellationToken cancellationToken)
    {
        var (booking, listing) = await LoadAsync(bookingId, cancellationToken);
        if (booking is null || listing is null)
        {
            return new DecisionOutcome(DecisionResult.NotFound);
        }

        var isRequester = context.Member?.Id == booking.MemberId;
        if (!isRequester && !IsOwnerSide(listing, context))
        {
            return new DecisionOutcome(DecisionResult.NotAllowed, booking, listing);
        }

        return await CancelAsync(booking, listing, isRequester ? ByMember : ByOwner, cancellationToken);
    }

    /// <summary>Calls off an open booking and tells the other side (used by erasure and removal too).</summary>
    public async Task<DecisionOutcome> CancelAsync(Booking booking, Listing listing, string cancelledBy, CancellationToken cancellationToken)
    {
        if (!booking.IsOpen || booking.EndsAt <= time.GetUtcNow())
        {
            return new DecisionOutcome(DecisionResult.AlreadyClosed, booking, listing);
        }

        var cancelled = booking with { State = BookingState.Cancelled, CancelledBy = cancelledBy, CancelledAt = time.GetUtcNow() };
        await store.SaveBookingAsync(cancelled, cancellationToken);
        LogCancelled(booking.Id, cancelledBy);
        var key = $"sp-cancelled:{booking.Id}";
        var wasApproved = booking.State == BookingState.Approved;
        switch (cancelledBy)
        {
            case ByMember:
                await notices.ToOwnerAsync(key, listing, language => replies.CancelledByMember(cancelled, listing, language), cancellationToken);
                break;
            case ListingGone:
                await notices.ToMemberAsync(key, booking.MemberId, language => replies.ListingGone(cancelled, listing, wasApproved, language), cancellationToken);
                break;
            default:
                await notices.ToMemberAsync(key, booking.MemberId, language => replies.CancelledByOwner(cancelled, listing, wasApproved, language), cancellationToken);
                break;
        }

        return new DecisionOutcome(DecisionResult.Cancelled, cancelled, listing);
    }

    private async Task<DecisionOutcome> ApproveAsync(Booking booking, Listing listing, ChatContext context, CancellationToken cancellationToken)
    {
        var (result, stored) = await store.TryApproveAsync(booking.Id, context.Identity.Key, time.GetUtcNow(), cancellationToken);
        switch (result)
        {
            case ApprovalResult.Approved:
                LogApproved(booking.Id);
                await notices.ToMemberAsync($"sp-approved:{booking.Id}", booking.MemberId, language => replies.Confirmation(stored!, listing, language), cancellationToken);
                return new DecisionOutcome(DecisionResult.Approved, stored, listing);
            case ApprovalResult.AlreadyApproved:
                return new DecisionOutcome(DecisionResult.AlreadyApproved, stored, listing);
            case ApprovalResult.Overlaps:
                var approved = (await store.BookingsForListingAsync(listing.Id, cancellationToken)).Where(b => b.State == BookingState.Approved).ToList();
                var alternatives = FreeSlots.After(listing, booking.Span, approved, time.GetUtcNow(), options.Value.AlternativesOffered, region.Zone);
                await notices.ToMemberAsync($"sp-taken:{booking.Id}", booking.MemberId, language => replies.TakenMeanwhile(booking, listing, alternatives, language), cancellationToken);
                return new DecisionOutcome(DecisionResult.Overlaps, stored, listing);
            default:
                return new DecisionOutcome(result == ApprovalResult.NotFound ? DecisionResult.NotFound : DecisionResult.AlreadyClosed, stored, listing);
        }
    }

    private async Task<DecisionOutcome> DeclineAsync(Booking booking, Listing listing, ChatContext context, CancellationToken cancellationToken)
    {
        if (booking.State != BookingState.Requested)
        {
            return new DecisionOutcome(booking.State == BookingState.Approved ? DecisionResult.AlreadyApproved : DecisionResult.AlreadyClosed, booking, listing);
        }

        var declined = booking with { State = BookingState.Declined, DecidedBy = context.Identity.Key, DecidedAt = time.GetUtcNow() };
        await store.SaveBookingAsync(declined, cancellationToken);
        await notices.ToMemberAsync($"sp-declined:{booking.Id}", booking.MemberId, language => replies.Declined(declined, listing, language), cancellationToken);
        return new DecisionOutcome(DecisionResult.Declined, declined, listing);
    }

    private async Task<(Booking? Booking, Listing? Listing)> LoadAsync(string bookingId, CancellationToken cancellationToken)
    {
        var booking = await store.GetBookingAsync(SpaceIds.Normalise(bookingId), cancellationToken);
        var listing = booking is null ? null : await store.GetListingAsync(booking.ListingId, cancellationToken);
        return (booking, listing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} approved")]
    private partial void LogApproved(string bookingId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} cancelled by the {Side}")]
    private partial void LogCancelled(string bookingId, string side);
}
