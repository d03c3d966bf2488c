using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Spaces;

/// <summary>Answers about one's own listings: the list with its buttons, changes, the removal question.</summary>
public sealed class ListingReplies(SpaceMessages messages)
{
    public ChatReply Mine(Listing listing, Language language)
    {
        var state = listing.State == ListingState.Paused ? messages.Text(language, "sp.mine.paused") : string.Empty;
        var buttons = new List<ChatButton>
        {
            listing.State == ListingState.Paused
                ? new ChatButton(SpaceButtons.Id("resume", listing.Id), messages.Text(language, "sp.button.resume"))
                : new ChatButton(SpaceButtons.Id("pause", listing.Id), messages.Text(language, "sp.button.pause")),
            new ChatButton(SpaceButtons.Id("remove", listing.Id), messages.Text(language, "sp.button.remove")),
        };
        return new ChatReply(messages.Card(listing, language, showAddress: true) + state, buttons);
    }

    public ChatReply ConfirmRemoval(string listingId, Language language) => new(
        messages.Text(language, "sp.remove.confirm", listingId),
        [new ChatButton(SpaceButtons.Id("removeok", listingId), messages.Text(language, "sp.button.remove_confirm"))]);

    public ChatReply Changed((ListingChange Result, Listing? Listing) change, string listingId, Language language) => change.Result switch
    {
        ListingChange.Done => new ChatReply(change.Listing!.State switch
        {
            ListingState.Paused => messages.Text(language, "sp.listing.paused", change.Listing.Title),
            ListingState.Removed => messages.Text(language, "sp.listing.removed", change.Listing.Title),
            _ => messages.Text(language, "sp.listing.updated", change.Listing.Title) + "\n\n" + messages.Card(change.Listing, language, showAddress: true),
        }),
        ListingChange.NotAllowed => new ChatReply(messages.Text(language, "sp.listing.not_yours")),
        ListingChange.Invalid => new ChatReply(messages.Text(language, "sp.edit.usage")),
        _ => new ChatReply(messages.Text(language, "sp.unknown_id", listingId)),
    };
}
