using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Dates;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Spaces;

/// <summary>What each side of a booking reads: requests, confirmations with the .ics and address, refusals with free windows.</summary>
public sealed class BookingReplies(SpaceMessages messages)
{
    public ChatReply RequestToOwner(Booking booking, Listing listing, Member requester, Language language) => new(
        messages.Text(language, TextKeys.SpRequestToOwner, requester.DisplayName, requester.Town?.Place?.Name ?? requester.Town?.Text ?? "?", listing.Title, messages.When(booking, language), booking.Id),
        [
            new ChatButton(SpaceButtons.Id("approve", booking.Id), messages.Text(language, TextKeys.SpButtonApprove)),
            new ChatButton(SpaceButtons.Id("decline", booking.Id), messages.Text(language, TextKeys.SpButtonDecline)),
        ]) { About = [requester.Id] };

    /// <summary>To the member whose booking was approved: the address, the calendar file, a way to cancel.</summary>
    public ChatReply Confirmation(Booking booking, Listing listing, Language language) => new(
        messages.Text(language, TextKeys.SpConfirmedMember, listing.Title, messages.When(booking, language), Address(listing), booking.Id),
        [CancelButton(booking, language)],
        messages.CalendarFile(booking, listing)) { About = OwnerOf(listing) };

    /// <summary>To the owner who approved: the same calendar file.</summary>
    public ChatReply ApprovedForOwner(Booking booking, Listing listing, Language language) => new(
        messages.Text(language, TextKeys.SpDecidedApproved, listing.Title, messages.When(booking, language), booking.Id),
        [CancelButton(booking, language)],
        messages.CalendarFile(booking, listing));

    public ChatReply Declined(Booking booking, Listing listing, Language language) =>
        new(messages.Text(language, TextKeys.SpDeclinedMember, listing.Title, messages.When(booking, language))) { About = OwnerOf(listing) };

    public ChatReply CancelledByMember(Booking booking, Listing listing, Language language) =>
        new(messages.Text(language, TextKeys.SpCancelledByMember, listing.Title, messages.When(booking, language), booking.Id), [], messages.CalendarFile(booking, listing, sequence: 1));

    public ChatReply CancelledByOwner(Booking booking, Listing listing, bool wasApproved, Language language) => new(
        messages.Text(language, TextKeys.SpCancelledByOwner, listing.Title, messages.When(booking, language)),
        [messages.BookButton(listing, language)],
        wasApproved ? messages.CalendarFile(booking, listing, sequence: 1) : null) { About = OwnerOf(listing) };

    /// <summary>
    /// To the requester when the listing's owner erased their data: kind, town and time only, with a
    /// calendar cancellation carrying the same, so nothing the owner wrote outlives the erasure.
    /// </summary>
    public ChatReply ListingGone(Booking booking, Listing listing, bool wasApproved, Language language)
    {
        var neutral = listing with { Title = messages.KindLabel(listing.Kind, language), Description = string.Empty, Address = string.Empty };
        return new ChatReply(
            messages.Text(language, TextKeys.SpCancelledListingGone, neutral.Title, listing.Town.Name, messages.When(booking, language)),
            [],
            wasApproved ? messages.CalendarFile(booking, neutral, sequence: 1) : null);
    }

    public ChatReply TakenMeanwhile(Booking booking, Listing listing, IReadOnlyList<WallClockSpan> alternatives, Language language) =>
        WithAlternatives(messages.Text(language, TextKeys.SpTakenMeanwhile, listing.Title, messages.When(booking, language)), listing, alternatives, language) with { About = OwnerOf(listing) };

    public ChatReply Reminder(Booking booking, Listing listing, bool isOwnerSide, string requesterName, Language language) => isOwnerSide
        ? new ChatReply(messages.Text(language, TextKeys.SpReminderOwner, requesterName, listing.Title, messages.When(booking, language))) { About = [booking.MemberId] }
        : new ChatReply(messages.Text(language, TextKeys.SpReminderMember, listing.Title, messages.When(booking, language), Address(listing)), [CancelButton(booking, language)]) { About = OwnerOf(listing) };

    /// <summary>The answer to a request: sent, or why not, with free windows as buttons where there are some.</summary>
    public ChatReply Request(RequestOutcome outcome, WallClockSpan span, string listingId, Language language)
    {
        var when = messages.When(span.StartsAt, span.EndsAt, language);
        var title = outcome.Listing?.Title ?? listingId;
        return outcome.Result switch
        {
            RequestResult.Requested => new ChatReply(messages.Text(language, TextKeys.SpRequestSent, title, when, outcome.Booking!.Id)
                + (span.HasDefaultEnd ? " " + messages.Text(language, TextKeys.SpRequestDefaultEnd, Hours(span.Length)) : string.Empty)),
            RequestResult.Taken => WithAlternatives(messages.Text(language, TextKeys.SpRequestTaken, title, when), outcome.Listing!, outcome.Alternatives ?? [], language),
            RequestResult.OutsideAvailability => WithAlternatives(
                messages.Text(language, TextKeys.SpRequestOutside, title, messages.Availability(outcome.Listing!.Availability, language)), outcome.Listing, outcome.Alternatives ?? [], language),
            RequestResult.AlreadyRequested => new ChatReply(messages.Text(language, TextKeys.SpRequestAlready, title, messages.When(outcome.Booking!, language))),
            RequestResult.OwnListing => new ChatReply(messages.Text(language, TextKeys.SpRequestOwn, title)),
            RequestResult.Removed => new ChatReply(messages.Text(language, TextKeys.SpRequestRemoved, title)),
            RequestResult.Paused => new ChatReply(messages.Text(language, TextKeys.SpRequestPaused, title)),
            RequestResult.InPast => new ChatReply(messages.Text(language, TextKeys.SpWhenPast)),
            RequestResult.TooFarAhead => new ChatReply(messages.Text(language, TextKeys.SpRequestTooFar)),
            _ => new ChatReply(messages.Text(language, TextKeys.SpUnknownId, listingId)),
        };
    }

    public ChatReply Decision(DecisionOutcome outcome, string bookingId, Language language) => outcome.Result switch
    {
        DecisionResult.Approved => ApprovedForOwner(outcome.Booking!, outcome.Listing!, language),
        DecisionResult.Declined => new ChatReply(messages.Text(language, TextKeys.SpDecidedDeclined, outcome.Listing!.Title, messages.When(outcome.Booking!, language))),
        DecisionResult.Cancelled => new ChatReply(messages.Text(language, TextKeys.SpCancelDone, outcome.Listing!.Title, messages.When(outcome.Booking!, language))),
        DecisionResult.AlreadyApproved => new ChatReply(messages.Text(language, TextKeys.SpDecidedAlreadyApproved, outcome.Listing!.Title, messages.When(outcome.Booking!, language))),
        DecisionResult.AlreadyClosed => new ChatReply(messages.Text(language, TextKeys.SpDecidedClosed, bookingId)),
        DecisionResult.Overlaps => new ChatReply(messages.Text(language, TextKeys.SpDecidedOverlaps, messages.When(outcome.Booking!, language))),
        DecisionResult.NotAllowed => new ChatReply(messages.Text(language, TextKeys.SpDecidedNotAllowed)),
        _ => new ChatReply(messages.Text(language, TextKeys.SpBookingUnknown, bookingId)),
    };

    private ChatReply WithAlternatives(string text, Listing listing, IReadOnlyList<WallClockSpan> alternatives, Language language)
    {
        if (alternatives.Count == 0)
        {
            return new ChatReply(text + "\n" + messages.Text(language, TextKeys.SpAlternativesNone));
        }

        var buttons = alternatives
            .Select(a => new ChatButton(SpaceButtons.AlternativeId(listing.Id, a), messages.When(a.StartsAt, a.EndsAt, language)))
            .ToList();
        return new ChatReply(text + "\n" + messages.Text(language, TextKeys.SpAlternatives), buttons);
    }

    /// <summary>Messages quoting a member's listing wait in the requester's inbox only while its owner keeps their data.</summary>
    private static IReadOnlyList<string> OwnerOf(Listing listing) => listing.OwnerMemberId is { } owner ? [owner] : [];

    private ChatButton CancelButton(Booking booking, Language language) =>
        new(SpaceButtons.Id("cancel", booking.Id), messages.Text(language, TextKeys.SpButtonCancel));

    private static string Address(Listing listing) =>
        listing.Address.Length > 0 ? $"{listing.Address}, {listing.Town.Name}" : listing.Town.Name;

    private static string Hours(TimeSpan length) => length.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);
}
