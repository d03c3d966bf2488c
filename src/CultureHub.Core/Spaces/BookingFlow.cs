using CultureHub.Core.Chat;
using CultureHub.Core.Dates;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

/// <summary>
/// From a book button (or <c>/book id</c>) to a request: asks for the date and time, reads the answer,
/// and keeps asking kindly while the answer cannot be used; the pending booking is stored, so a restart
/// in between loses nothing.
/// </summary>
public sealed class BookingFlow(
    ISpaceStore store,
    BookingService bookings,
    BookingReplies replies,
    SpaceMessages messages,
    IOptions<SpaceOptions> options,
    RegionTime region,
    TimeProvider time) : ITextInterceptor
{
    private static readonly string[] QuitWords = ["abbrechen", "cancel", "stop", "/cancel", "/abbrechen"];

    private static readonly TimeSpan PendingLifetime = TimeSpan.FromDays(1);

    public int Order => 7;

    public async Task<IReadOnlyList<ChatReply>> BeginAsync(ChatContext context, string listingId, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.SpNoProfile));
        }

        var listing = await store.GetListingAsync(SpaceIds.Normalise(listingId), cancellationToken);
        var refusal = listing switch
        {
            null => new RequestOutcome(RequestResult.NotFound),
            { State: ListingState.Removed } => new RequestOutcome(RequestResult.Removed, listing),
            { State: ListingState.Paused } => new RequestOutcome(RequestResult.Paused, listing),
            _ when listing.OwnerMemberId == member.Id => new RequestOutcome(RequestResult.OwnListing, listing),
            _ => null,
        };
        if (refusal is not null)
        {
            return Replies.One(replies.Request(refusal, new WallClockSpan(time.GetUtcNow(), time.GetUtcNow()), listingId, context.Language));
        }

        await store.SaveBookingDraftAsync(new BookingDraft(context.Identity.Key, listing!.Id, time.GetUtcNow()), cancellationToken);
        return Replies.One(messages.Card(listing, context.Language, showAddress: false) + "\n\n" + messages.Text(context.Language, TextKeys.SpBookAskWhen, listing.Title));
    }

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        var draft = await store.GetBookingDraftAsync(context.Identity.Key, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        if (draft.UpdatedAt < time.GetUtcNow() - PendingLifetime)
        {
            // A book button pressed long ago: today's text is about something else.
            await store.DeleteBookingDraftAsync(draft.IdentityKey, cancellationToken);
            return null;
        }

        if (QuitWords.Contains(input.Text.Trim(), StringComparer.OrdinalIgnoreCase) || context.Member is null)
        {
            await store.DeleteBookingDraftAsync(draft.IdentityKey, cancellationToken);
            return Replies.One(messages.Text(context.Language, TextKeys.SpBookQuit));
        }

        return await RequestTextAsync(context, context.Member, draft.ListingId, input.Text, cancellationToken);
    }

    /// <summary>Reads the typed span and requests it; the pending booking stays until a request went out or cannot ever.</summary>
    public async Task<IReadOnlyList<ChatReply>> RequestTextAsync(ChatContext context, Member member, string listingId, string text, CancellationToken cancellationToken)
    {
        var reading = WallClockSpanParser.Read(text, time.GetUtcNow(), region.Zone, TimeSpan.FromMinutes(options.Value.DefaultBookingMinutes));
        if (reading.Span is not { } span)
        {
            await store.SaveBookingDraftAsync(new BookingDraft(context.Identity.Key, SpaceIds.Normalise(listingId), time.GetUtcNow()), cancellationToken);
            return Replies.One(SpanProblemText(reading, context.Language));
        }

        return await RequestAsync(context, member, listingId, span, cancellationToken);
    }

    public async Task<IReadOnlyList<ChatReply>> RequestAsync(ChatContext context, Member member, string listingId, WallClockSpan span, CancellationToken cancellationToken)
    {
        var outcome = await bookings.RequestAsync(listingId, member, span, cancellationToken);
        if (outcome.Result is RequestResult.Requested or RequestResult.NotFound or RequestResult.Removed or RequestResult.Paused or RequestResult.OwnListing or RequestResult.AlreadyRequested)
        {
            await store.DeleteBookingDraftAsync(context.Identity.Key, cancellationToken);
        }
        else
        {
            await store.SaveBookingDraftAsync(new BookingDraft(context.Identity.Key, SpaceIds.Normalise(listingId), time.GetUtcNow()), cancellationToken);
        }

        return Replies.One(replies.Request(outcome, span, listingId, context.Language));
    }

    private string SpanProblemText(SpanReading reading, Language language)
    {
        var day = reading.Day?.ToString("ddd dd.MM.yyyy", Texts.TextCatalog.CultureFor(language)) ?? string.Empty;
        return reading.Problem switch
        {
            SpanProblem.NoTime => messages.Text(language, TextKeys.SpWhenNoTime, day),
            SpanProblem.EndBeforeStart => messages.Text(language, TextKeys.SpWhenEndBeforeStart),
            SpanProblem.InPast => messages.Text(language, TextKeys.SpWhenPast),
            SpanProblem.NonexistentTime => messages.Text(language, TextKeys.SpWhenNonexistent, day),
            _ => messages.Text(language, TextKeys.SpWhenUnreadable),
        };
    }
}
