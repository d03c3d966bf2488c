using CultureHub.Core.Spaces;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// Listings (indexed by kind and state, so /find reads only the asked kinds), bookings (by listing,
/// member and state) and the forms in progress. Approval checks and writes inside one write of the
/// context (its gate and a transaction): no other writer can slip between the check and the write.
/// </summary>
public sealed class LiteDbSpaceStore : ISpaceStore
{
    private readonly DocumentCollection<Listing> _listings;
    private readonly DocumentCollection<Booking> _bookings;
    private readonly DocumentCollection<ListingDraft> _listingDrafts;
    private readonly DocumentCollection<BookingDraft> _bookingDrafts;
    private const string BookingsName = "space_bookings";
    private readonly LiteDbContext _context;

    public LiteDbSpaceStore(LiteDbContext context)
    {
        _context = context;
        _listings = new DocumentCollection<Listing>(context, "space_listings", l => new BsonDocument
        {
            ["kindState"] = KindState(l.Kind, l.State),
            ["owner"] = l.OwnerMemberId ?? BsonValue.Null,
            ["hub"] = l.HubId ?? BsonValue.Null,
        });
        _bookings = new DocumentCollection<Booking>(context, BookingsName, b => new BsonDocument { ["state"] = b.State.ToString() });
        _listingDrafts = new DocumentCollection<ListingDraft>(context, "space_listing_drafts");
        _bookingDrafts = new DocumentCollection<BookingDraft>(context, "space_booking_drafts");
        _listings.EnsureIndex("kindState");
        _listings.EnsureIndex("owner");
        _listings.EnsureIndex("hub");
        _bookings.EnsureIndex("listingId");
        _bookings.EnsureIndex("memberId");
        _bookings.EnsureIndex("state");
    }

    public Task<Listing?> GetListingAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_listings.Get(id));

    public Task SaveListingAsync(Listing listing, CancellationToken cancellationToken)
    {
        _listings.Upsert(listing.Id, listing);
        return Task.CompletedTask;
    }

    public Task DeleteListingAsync(string id, CancellationToken cancellationToken)
    {
        _listings.Delete(id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Listing>> ActiveListingsAsync(IReadOnlyCollection<string>? kinds, CancellationToken cancellationToken) =>
        Task.FromResult(kinds is null
            ? _listings.Find(Query.EQ("state", ListingState.Active.ToString()))
            : _listings.Find(Query.In("kindState", kinds.Select(k => new BsonValue(KindState(k, ListingState.Active))))));

    public Task<IReadOnlyList<Listing>> AllListingsAsync(CancellationToken cancellationToken) => Task.FromResult(_listings.All());

    public Task<IReadOnlyList<Listing>> ListingsOfMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_listings.Find(Query.EQ("owner", memberId)));

    public Task<IReadOnlyList<Listing>> ListingsOfHubsAsync(IReadOnlyCollection<string> hubIds, CancellationToken cancellationToken) =>
        Task.FromResult(hubIds.Count == 0 ? [] : _listings.Find(Query.In("hub", hubIds.Select(h => new BsonValue(h)))));

    public Task<Booking?> GetBookingAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_bookings.Get(id));

    public Task SaveBookingAsync(Booking booking, CancellationToken cancellationToken)
    {
        _bookings.Upsert(booking.Id, booking);
        return Task.CompletedTask;
    }

    public Task<(ApprovalResult Result, Booking? Booking)> TryApproveAsync(string bookingId, string decidedBy, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(_context.Write(db =>
        {
            var bookings = db.GetCollection(BookingsName);
            var booking = bookings.FindById(bookingId) is { } document ? BsonJson.FromDocument<Booking>(document) : null;
            if (booking is null || booking.State != BookingState.Requested)
            {
                var result = booking is null ? ApprovalResult.NotFound
                    : booking.State == BookingState.Approved ? ApprovalResult.AlreadyApproved
                    : ApprovalResult.NotOpen;
                return (result, booking);
            }

            var isTaken = bookings.Find(Query.EQ("listingId", booking.ListingId))
                .Select(BsonJson.FromDocument<Booking>)
                .Any(b => b.State == BookingState.Approved && b.Id != booking.Id && b.Overlaps(booking.StartsAt, booking.EndsAt));
            if (isTaken)
            {
                return (ApprovalResult.Overlaps, booking);
            }

            var approved = booking with { State = BookingState.Approved, DecidedBy = decidedBy, DecidedAt = now };
            var stored = BsonJson.ToDocument(approved);
            stored["_id"] = approved.Id;
            stored["state"] = approved.State.ToString();
            bookings.Upsert(stored);
            return (ApprovalResult.Approved, (Booking?)approved);
        }));

    public Task<IReadOnlyList<Booking>> BookingsForListingAsync(string listingId, CancellationToken cancellationToken) =>
        Task.FromResult(_bookings.Find(Query.EQ("listingId", listingId)));

    public Task<IReadOnlyList<Booking>> BookingsOfMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_bookings.Find(Query.EQ("memberId", memberId)));

    public Task<IReadOnlyList<Booking>> BookingsInStateAsync(BookingState state, CancellationToken cancellationToken) =>
        Task.FromResult(_bookings.Find(Query.EQ("state", state.ToString())));

    public Task<IReadOnlyList<Booking>> AllBookingsAsync(CancellationToken cancellationToken) => Task.FromResult(_bookings.All());

    public Task<int> DeleteBookingsOfMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_bookings.DeleteMany(Query.EQ("memberId", memberId)));

    public Task<int> DeleteBookingsForListingAsync(string listingId, CancellationToken cancellationToken) =>
        Task.FromResult(_bookings.DeleteMany(Query.EQ("listingId", listingId)));

    public Task ForgetIdentityAsync(string identityKey, CancellationToken cancellationToken)
    {
        foreach (var listing in _listings.All().Where(l => l.CreatedBy == identityKey))
        {
            _listings.Upsert(listing.Id, listing with { CreatedBy = string.Empty });
        }

        foreach (var booking in _bookings.All().Where(b => b.DecidedBy == identityKey))
        {
            _bookings.Upsert(booking.Id, booking with { DecidedBy = null });
        }

        return Task.CompletedTask;
    }

    public Task<ListingDraft?> GetListingDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.FromResult(_listingDrafts.Get(identityKey));

    public Task SaveListingDraftAsync(ListingDraft draft, CancellationToken cancellationToken)
    {
        _listingDrafts.Upsert(draft.IdentityKey, draft);
        return Task.CompletedTask;
    }

    public Task DeleteListingDraftAsync(string identityKey, CancellationToken cancellationToken)
    {
        _listingDrafts.Delete(identityKey);
        return Task.CompletedTask;
    }

    public Task<BookingDraft?> GetBookingDraftAsync(string identityKey, CancellationToken cancellationToken) => Task.FromResult(_bookingDrafts.Get(identityKey));

    public Task SaveBookingDraftAsync(BookingDraft draft, CancellationToken cancellationToken)
    {
        _bookingDrafts.Upsert(draft.IdentityKey, draft);
        return Task.CompletedTask;
    }

    public Task DeleteBookingDraftAsync(string identityKey, CancellationToken cancellationToken)
    {
        _bookingDrafts.Delete(identityKey);
        return Task.CompletedTask;
    }

    private static string KindState(string kind, ListingState state) => $"{kind}|{state}";
}
