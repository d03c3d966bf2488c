using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>The questions of the /share form with their buttons, and the answers to a wrong answer.</summary>
public sealed class ListingFormQuestions(SpaceMessages messages, ListingKinds kinds, HubDirectory hubs)
{
    public string Text(Language language, string key) => messages.Text(language, key);

    public string Intro(Language language) => messages.Text(language, TextKeys.SpFormIntro);

    public ChatReply Ask(ListingDraft draft, ChatContext context)
    {
        var language = context.Language;
        return draft.Step switch
        {
            ListingStep.Owner => new ChatReply(Text(language, TextKeys.SpFormAskOwner), OwnerButtons(draft, context)),
            ListingStep.Kind => new ChatReply(Text(language, TextKeys.SpFormAskKind),
                kinds.Known.Select(k => new ChatButton(SpaceButtons.Id("kind", k.Id), kinds.Label(k.Id, language))).ToList()),
            ListingStep.Title => new ChatReply(messages.Text(language, TextKeys.SpFormAskTitle, kinds.Label(draft.Kind ?? string.Empty, language))),
            ListingStep.Town => new ChatReply(Text(language, TextKeys.SpFormAskTown),
                HomeTown(draft, context) is { } home ? [new ChatButton(SpaceButtons.Id("town", "home"), "📍 " + home)] : []),
            ListingStep.Address => new ChatReply(Text(language, TextKeys.SpFormAskAddress), [Skip(language)]),
            ListingStep.Availability => new ChatReply(Text(language, TextKeys.SpFormAskAvailability)),
            ListingStep.Capacity => new ChatReply(Text(language, TextKeys.SpFormAskCapacity), [Skip(language)]),
            ListingStep.Terms => new ChatReply(Text(language, TextKeys.SpFormAskTerms)),
            _ => new ChatReply(Text(language, TextKeys.SpFormAskDescription), [Skip(language)]),
        };
    }

    /// <summary>
    /// Where the listing most likely is, offered as one tap: the hub's city for a hub's listing, else the
    /// member's own town from their profile.
    /// </summary>
    public string? HomeTown(ListingDraft draft, ChatContext context) =>
        draft.HubId is not null ? hubs.Find(draft.HubId)?.Name : context.Member?.Town?.Place?.Name;

    /// <summary>The kind read from a typed answer, shown back with a way to pick another one.</summary>
    public ChatReply KindUnderstood(string kind, Language language) => new(
        messages.Text(language, TextKeys.SpFormKindUnderstood, kinds.Label(kind, language)),
        [new ChatButton(SpaceButtons.Id("kind", "other"), Text(language, TextKeys.SpButtonOtherKind))]);

    public string Invalid(ListingStep step, Language language) => step switch
    {
        ListingStep.Owner => Text(language, TextKeys.SpFormInvalidOwner),
        ListingStep.Kind => Text(language, TextKeys.SpFormInvalidKind),
        ListingStep.Title => Text(language, TextKeys.SpFormInvalidTitle),
        ListingStep.Town => Text(language, TextKeys.SpFormInvalidTown),
        ListingStep.Address => Text(language, TextKeys.SpFormInvalidAddress),
        ListingStep.Availability => Text(language, TextKeys.SpFormInvalidAvailability),
        ListingStep.Capacity => Text(language, TextKeys.SpFormInvalidCapacity),
        ListingStep.Terms => Text(language, TextKeys.SpFormInvalidTerms),
        _ => Text(language, TextKeys.SpFormInvalidDescription),
    };

    public ChatReply Created(Listing listing, Language language) => new(
        messages.Text(language, listing.IsHubResource ? TextKeys.SpFormCreatedHub : TextKeys.SpFormCreated, listing.Title, listing.Town.Name, listing.Id)
        + "\n\n" + messages.Card(listing, language, showAddress: true));

    private List<ChatButton> OwnerButtons(ListingDraft draft, ChatContext context)
    {
        var buttons = new List<ChatButton>();
        if (draft.MemberId is not null)
        {
            buttons.Add(new ChatButton(SpaceButtons.Id("owner", "me"), Text(context.Language, TextKeys.SpFormOwnerMe)));
        }

        buttons.AddRange(hubs.StaffedBy(context.Identity.Key).Select(h => new ChatButton(SpaceButtons.Id("owner", h.Id), messages.Text(context.Language, TextKeys.SpFormOwnerHub, h.Name))));
        return buttons;
    }

    private ChatButton Skip(Language language) => new(SpaceButtons.Id("skip", "-"), Text(language, TextKeys.SpButtonSkip));
}
