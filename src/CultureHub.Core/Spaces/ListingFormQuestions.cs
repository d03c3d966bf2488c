using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>The questions of the /share form with their buttons, and the answers to a wrong answer.</summary>
public sealed class ListingFormQuestions(SpaceMessages messages, ListingKinds kinds, HubDirectory hubs)
{
    public string Text(Language language, string key) => messages.Text(language, key);

    public string Intro(Language language) => messages.Text(language, "sp.form.intro");

    public ChatReply Ask(ListingDraft draft, ChatContext context)
    {
        var language = context.Language;
        return draft.Step switch
        {
            ListingStep.Owner => new ChatReply(Text(language, "sp.form.ask_owner"), OwnerButtons(draft, context)),
            ListingStep.Kind => new ChatReply(Text(language, "sp.form.ask_kind"),
                kinds.Known.Select(k => new ChatButton(SpaceButtons.Id("kind", k.Id), kinds.Label(k.Id, language))).ToList()),
            ListingStep.Title => new ChatReply(messages.Text(language, "sp.form.ask_title", kinds.Label(draft.Kind ?? string.Empty, language))),
            ListingStep.Town => new ChatReply(Text(language, "sp.form.ask_town")),
            ListingStep.Address => new ChatReply(Text(language, "sp.form.ask_address"), [Skip(language)]),
            ListingStep.Availability => new ChatReply(Text(language, "sp.form.ask_availability")),
            ListingStep.Capacity => new ChatReply(Text(language, "sp.form.ask_capacity"), [Skip(language)]),
            ListingStep.Terms => new ChatReply(Text(language, "sp.form.ask_terms")),
            _ => new ChatReply(Text(language, "sp.form.ask_description"), [Skip(language)]),
        };
    }

    public string Invalid(ListingStep step, Language language) => step switch
    {
        ListingStep.Owner => Text(language, "sp.form.invalid_owner"),
        ListingStep.Kind => Text(language, "sp.form.invalid_kind"),
        ListingStep.Title => Text(language, "sp.form.invalid_title"),
        ListingStep.Town => Text(language, "sp.form.invalid_town"),
        ListingStep.Address => Text(language, "sp.form.invalid_address"),
        ListingStep.Availability => Text(language, "sp.form.invalid_availability"),
        ListingStep.Capacity => Text(language, "sp.form.invalid_capacity"),
        ListingStep.Terms => Text(language, "sp.form.invalid_terms"),
        _ => Text(language, "sp.form.invalid_description"),
    };

    public ChatReply Created(Listing listing, Language language) => new(
        messages.Text(language, listing.IsHubResource ? "sp.form.created_hub" : "sp.form.created", listing.Title, listing.Town.Name, listing.Id)
        + "\n\n" + messages.Card(listing, language, showAddress: true));

    private List<ChatButton> OwnerButtons(ListingDraft draft, ChatContext context)
    {
        var buttons = new List<ChatButton>();
        if (draft.MemberId is not null)
        {
            buttons.Add(new ChatButton(SpaceButtons.Id("owner", "me"), Text(context.Language, "sp.form.owner_me")));
        }

        buttons.AddRange(hubs.StaffedBy(context.Identity.Key).Select(h => new ChatButton(SpaceButtons.Id("owner", h.Id), messages.Text(context.Language, "sp.form.owner_hub", h.Name))));
        return buttons;
    }

    private ChatButton Skip(Language language) => new(SpaceButtons.Id("skip", "-"), Text(language, "sp.button.skip"));
}
