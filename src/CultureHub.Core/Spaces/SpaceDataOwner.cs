using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;

namespace CultureHub.Core.Spaces;

/// <summary>
/// A member's listings and bookings in their export. On erasure their open bookings are called off
/// (the owners are told), their listings' open bookings too (the requesters are told kindly, naming
/// only the kind and town, since the listing's own words are the erased member's), then all of it is
/// deleted: listings, bookings made by them and bookings of their listings. Per identity: any form in
/// progress, and staff's identity on the hub's listings and decisions.
/// </summary>
public sealed class SpaceDataOwner(ISpaceStore store, BookingDecisions decisions, ListingAdmin admin) : IMemberDataOwner
{
    public string Section => "spaces";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var listings = await store.ListingsOfMemberAsync(member.Id, cancellationToken);
        var bookings = await store.BookingsOfMemberAsync(member.Id, cancellationToken);
        return JsonSerializer.SerializeToNode(new
        {
            Listings = listings.Select(l => new { l.Id, l.Kind, l.Title, l.Description, Town = l.Town.Name, l.Address, l.Availability, l.Capacity, l.Terms, l.State, l.CreatedAt, l.UpdatedAt }),
            Bookings = bookings.Select(b => new { b.Id, b.ListingId, b.StartsAt, b.EndsAt, b.State, b.RequestedAt, b.DecidedAt, b.CancelledAt, b.CancelledBy }),
        }, PrivacyService.JsonOptions);
    }

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var booking in (await store.BookingsOfMemberAsync(member.Id, cancellationToken)).Where(b => b.IsOpen))
        {
            if (await store.GetListingAsync(booking.ListingId, cancellationToken) is { } listing)
            {
                await decisions.CancelAsync(booking, listing, BookingDecisions.ByMember, cancellationToken);
            }
        }

        await store.DeleteBookingsOfMemberAsync(member.Id, cancellationToken);
        foreach (var listing in await store.ListingsOfMemberAsync(member.Id, cancellationToken))
        {
            await admin.CancelOpenBookingsAsync(listing, BookingDecisions.ListingGone, cancellationToken);
            await store.DeleteBookingsForListingAsync(listing.Id, cancellationToken);
            await store.DeleteListingAsync(listing.Id, cancellationToken);
        }
    }

    public async Task EraseIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        await store.DeleteListingDraftAsync(identity.Key, cancellationToken);
        await store.DeleteBookingDraftAsync(identity.Key, cancellationToken);
        await store.ForgetIdentityAsync(identity.Key, cancellationToken);
    }
}
