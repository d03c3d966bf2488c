using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Spaces;

/// <summary>Answers about one's own listings: the list with its buttons, changes, the removal question.</summary>
public sealed class ListingReplies(SpaceMessages messages)
{
    public ChatReply Mine(Listing listing, Language language)
    {
        var state = listing.State == ListingState.Paused ? messages.Text(language, TextKeys.SpMinePaused) : string.Empty;
        var buttons = new List<ChatButton>
        {
            listing.State == ListingState.Paused
                ? new ChatButton(SpaceButtons.Id("resume", listing.Id), messages.Text(language, TextKeys.SpButtonResume))
                : new ChatButton(SpaceButtons.Id("pause", listing.Id), messages.Text(language, TextKeys.SpButtonPause)),
            new ChatButton(SpaceButtons.Id("remove", listing.Id), messages.Text(language, TextKeys.SpButtonRemove)),
        };
        return new ChatReply(messages.Card(listing, language, showAddress: true) + state, buttons);
    }

    public ChatReply ConfirmRemoval(string listingId, Language language) => new(
        messages.Text(language, TextKeys.SpRemoveConfirm, listingId),
        [new ChatButton(SpaceButtons.Id("removeok", listingId), messages.Text(language, TextKeys.SpButtonRemoveConfirm))]);

    public ChatReply Changed((ListingChange Result, Listing? Listing) change, string listingId, Language language) => change.Result switch
    {
        ListingChange.Done => new ChatReply(change.Listing!.State switch
        {
            ListingState.Paused => messages.Text(language, TextKeys.SpListingPaused, change.Listing.Title),
            ListingState.Removed => messages.Text(language, TextKeys.SpListingRemoved, change.Listing.Title),
            _ => messages.Text(language, TextKeys.SpListingUpdated, change.Listing.Title) + "\n\n" + messages.Card(change.Listing, language, showAddress: true),
        }),
        ListingChange.NotAllowed => new ChatReply(messages.Text(language, TextKeys.SpListingNotYours)),
        ListingChange.Invalid => new ChatReply(messages.Text(language, TextKeys.SpEditUsage)),
        _ => new ChatReply(messages.Text(language, TextKeys.SpUnknownId, listingId)),
    };
}
