using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>
/// /mybookings: one's own requests and bookings still ahead (with a cancel button), and what others asked
/// for one's listings, or the hub's for staff (approve/decline or cancel).
/// </summary>
public sealed class MyBookingsCommand(ISpaceStore store, HubDirectory hubs, IMemberStore members, SpaceMessages messages, TimeProvider time) : IChatCommand
{
    private const int MaxShown = 10;

    public CommandDescriptor Descriptor { get; } = new("mybookings", TextKeys.CommandMybookings);

    public IReadOnlyList<string> Aliases { get; } = ["meinebuchungen"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var now = time.GetUtcNow();
        var replies = new List<ChatReply>();
        var mine = context.Member is { } member ? await store.BookingsOfMemberAsync(member.Id, cancellationToken) : [];
        foreach (var booking in mine.Where(b => b.IsOpen && b.EndsAt > now).OrderBy(b => b.StartsAt).Take(MaxShown))
        {
            var listing = await store.GetListingAsync(booking.ListingId, cancellationToken);
            var key = booking.State == BookingState.Approved ? TextKeys.SpMineApproved : TextKeys.SpMineRequested;
            replies.Add(new ChatReply(messages.Text(language, key, listing?.Title ?? booking.ListingId, messages.When(booking, language), listing?.Town.Name, booking.Id),
                [new ChatButton(SpaceButtons.Id("cancel", booking.Id), messages.Text(language, TextKeys.SpButtonCancel))]));
        }

        foreach (var (booking, listing) in (await IncomingAsync(context, cancellationToken)).Where(p => p.Booking.IsOpen && p.Booking.EndsAt > now).OrderBy(p => p.Booking.StartsAt).Take(MaxShown))
        {
            replies.Add(await IncomingReplyAsync(booking, listing, language, cancellationToken));
        }

        return replies.Count > 0 ? replies : Replies.One(messages.Text(language, TextKeys.SpMineNone));
    }

    private async Task<ChatReply> IncomingReplyAsync(Booking booking, Listing listing, Language language, CancellationToken cancellationToken)
    {
        var requester = (await members.GetAsync(booking.MemberId, cancellationToken))?.DisplayName ?? "?";
        var when = messages.When(booking, language);
        return booking.State == BookingState.Requested
            ? new ChatReply(messages.Text(language, TextKeys.SpIncomingRequested, requester, listing.Title, when, booking.Id),
                [new ChatButton(SpaceButtons.Id("approve", booking.Id), messages.Text(language, TextKeys.SpButtonApprove)), new ChatButton(SpaceButtons.Id("decline", booking.Id), messages.Text(language, TextKeys.SpButtonDecline))])
            : new ChatReply(messages.Text(language, TextKeys.SpIncomingApproved, requester, listing.Title, when, booking.Id),
                [new ChatButton(SpaceButtons.Id("cancel", booking.Id), messages.Text(language, TextKeys.SpButtonCancel))]);
    }

    private async Task<List<(Booking Booking, Listing Listing)>> IncomingAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var listings = new List<Listing>();
        if (context.Member is { } member)
        {
            listings.AddRange(await store.ListingsOfMemberAsync(member.Id, cancellationToken));
        }

        listings.AddRange(await store.ListingsOfHubsAsync(hubs.StaffedBy(context.Identity.Key).Select(h => h.Id).ToList(), cancellationToken));
        var incoming = new List<(Booking, Listing)>();
        foreach (var listing in listings.DistinctBy(l => l.Id))
        {
            incoming.AddRange((await store.BookingsForListingAsync(listing.Id, cancellationToken)).Select(b => (b, listing)));
        }

        return incoming;
    }
}

/// <summary>/mylistings: one's listings (and the hub's for staff) with pause, resume and remove buttons.</summary>
public sealed class MyListingsCommand(ISpaceStore store, HubDirectory hubs, ListingReplies replies, SpaceMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("mylistings", TextKeys.CommandMylistings);

    public IReadOnlyList<string> Aliases { get; } = ["meineangebote"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var listings = new List<Listing>();
        if (context.Member is { } member)
        {
            listings.AddRange(await store.ListingsOfMemberAsync(member.Id, cancellationToken));
        }

        listings.AddRange(await store.ListingsOfHubsAsync(hubs.StaffedBy(context.Identity.Key).Select(h => h.Id).ToList(), cancellationToken));
        var shown = listings.Where(l => l.State != ListingState.Removed).DistinctBy(l => l.Id).OrderBy(l => l.CreatedAt).ToList();
        return shown.Count == 0
            ? Replies.One(messages.Text(context.Language, TextKeys.SpMylistingsNone))
            : shown.Select(l => replies.Mine(l, context.Language)).ToList();
    }
}
