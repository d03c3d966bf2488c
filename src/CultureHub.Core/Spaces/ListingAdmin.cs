using CultureHub.Core.Chat;
using CultureHub.Core.Places;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Spaces;

public enum ListingChange
{
    Done,
    NotFound,
    NotAllowed,
    Invalid,
}

/// <summary>Creating, pausing, resuming, editing and removing listings. Removing calls off its open bookings and tells those who made them.</summary>
public sealed partial class ListingAdmin(
    ISpaceStore store,
    IGazetteer gazetteer,
    BookingDecisions decisions,
    TimeProvider time,
    ILogger<ListingAdmin> logger)
{
    public async Task<Listing> CreateAsync(ListingDraft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var listing = new Listing
        {
            Id = SpaceIds.NewId(),
            Kind = draft.Kind!,
            Title = draft.Title!,
            Description = draft.Description ?? string.Empty,
            Town = gazetteer.FindExact(draft.TownName!) ?? gazetteer.Resolve(draft.TownName!)!.Place,
            Address = draft.Address ?? string.Empty,
            Availability = draft.Availability ?? Availability.ByArrangement,
            Capacity = draft.Capacity,
            Terms = draft.Terms ?? new ListingTerms(TermsKind.Free, string.Empty),
            OwnerMemberId = draft.HubId is null ? draft.MemberId : null,
            HubId = draft.HubId,
            CreatedBy = draft.IdentityKey,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await store.SaveListingAsync(listing, cancellationToken);
        LogCreated(listing.Id, listing.Kind);
        return listing;
    }

    /// <summary>Pause, resume or remove; only the owner side may.</summary>
    public async Task<(ListingChange Result, Listing? Listing)> SetStateAsync(string listingId, ListingState state, ChatContext context, CancellationToken cancellationToken)
    {
        var (result, listing) = await OwnedAsync(listingId, context, cancellationToken);
        if (result != ListingChange.Done)
        {
            return (result, listing);
        }

        var changed = listing! with { State = state, UpdatedAt = time.GetUtcNow() };
        await store.SaveListingAsync(changed, cancellationToken);
        if (state == ListingState.Removed)
        {
            await CancelOpenBookingsAsync(changed, BookingDecisions.ByOwner, cancellationToken);
        }

        return (ListingChange.Done, changed);
    }

    /// <summary>Changes one field: title, description, terms, capacity, availability, address or town.</summary>
    public async Task<(ListingChange Result, Listing? Listing)> EditAsync(string listingId, string field, string value, ChatContext context, CancellationToken cancellationToken)
    {
        var (result, listing) = await OwnedAsync(listingId, context, cancellationToken);
        if (result != ListingChange.Done)
        {
            return (result, listing);
        }

        var edited = ListingEdits.Apply(listing!, field, value.Trim(), gazetteer);
        if (edited is null)
        {
            return (ListingChange.Invalid, listing);
        }

        edited = edited with { UpdatedAt = time.GetUtcNow() };
        await store.SaveListingAsync(edited, cancellationToken);
        return (ListingChange.Done, edited);
    }

    /// <summary>Calls off the listing's open bookings; <paramref name="cancelledBy"/> picks what the requesters read.</summary>
    public async Task CancelOpenBookingsAsync(Listing listing, string cancelledBy, CancellationToken cancellationToken)
    {
        foreach (var booking in (await store.BookingsForListingAsync(listing.Id, cancellationToken)).Where(b => b.IsOpen))
        {
            await decisions.CancelAsync(booking, listing, cancelledBy, cancellationToken);
        }
    }

    private async Task<(ListingChange, Listing?)> OwnedAsync(string listingId, ChatContext context, CancellationToken cancellationToken)
    {
        var listing = await store.GetListingAsync(SpaceIds.Normalise(listingId), cancellationToken);
        if (listing is null || listing.State == ListingState.Removed)
        {
            return (ListingChange.NotFound, listing);
        }

        return decisions.IsOwnerSide(listing, context) ? (ListingChange.Done, listing) : (ListingChange.NotAllowed, listing);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listing {ListingId} of kind {Kind} created")]
    private partial void LogCreated(string listingId, string kind);
}
