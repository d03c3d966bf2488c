namespace CultureHub.Core.Spaces;

public enum ApprovalResult
{
    Approved,

    /// <summary>Approved before (a second click): nothing changes.</summary>
    AlreadyApproved,

    /// <summary>Another approved booking overlaps it; it stays a request.</summary>
    Overlaps,

    /// <summary>Declined or cancelled in the meantime.</summary>
    NotOpen,
    NotFound,
}

/// <summary>Listings, bookings and half-filled forms. Implemented by the storage adapter.</summary>
public interface ISpaceStore
{
    Task<Listing?> GetListingAsync(string id, CancellationToken cancellationToken);

    Task SaveListingAsync(Listing listing, CancellationToken cancellationToken);

    Task DeleteListingAsync(string id, CancellationToken cancellationToken);

    /// <summary>Bookable listings of these kinds (all kinds when null).</summary>
    Task<IReadOnlyList<Listing>> ActiveListingsAsync(IReadOnlyCollection<string>? kinds, CancellationToken cancellationToken);

    Task<IReadOnlyList<Listing>> AllListingsAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Listing>> ListingsOfMemberAsync(string memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Listing>> ListingsOfHubsAsync(IReadOnlyCollection<string> hubIds, CancellationToken cancellationToken);

    Task<Booking?> GetBookingAsync(string id, CancellationToken cancellationToken);

    Task SaveBookingAsync(Booking booking, CancellationToken cancellationToken);

    /// <summary>
    /// Approves a requested booking unless an approved booking of the same listing overlaps it. Check and
    /// write are one step in the store, so two approvals racing for one slot cannot both succeed.
    /// </summary>
    Task<(ApprovalResult Result, Booking? Booking)> TryApproveAsync(string bookingId, string decidedBy, DateTimeOffset now, CancellationToken cancellationToken);

    Task<IReadOnlyList<Booking>> BookingsForListingAsync(string listingId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Booking>> BookingsOfMemberAsync(string memberId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Booking>> BookingsInStateAsync(BookingState state, CancellationToken cancellationToken);

    Task<IReadOnlyList<Booking>> AllBookingsAsync(CancellationToken cancellationToken);

    Task<int> DeleteBookingsOfMemberAsync(string memberId, CancellationToken cancellationToken);

    Task<int> DeleteBookingsForListingAsync(string listingId, CancellationToken cancellationToken);

    /// <summary>
    /// Blanks an identity where it is only recorded as who listed a hub's resource or decided on a
    /// booking: the hub's listings and bookings stay, the erased staff member's identity does not.
    /// </summary>
    Task ForgetIdentityAsync(string identityKey, CancellationToken cancellationToken);

    Task<ListingDraft?> GetListingDraftAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveListingDraftAsync(ListingDraft draft, CancellationToken cancellationToken);

    Task DeleteListingDraftAsync(string identityKey, CancellationToken cancellationToken);

    Task<BookingDraft?> GetBookingDraftAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveBookingDraftAsync(BookingDraft draft, CancellationToken cancellationToken);

    Task DeleteBookingDraftAsync(string identityKey, CancellationToken cancellationToken);
}
