using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Workshops;

/// <summary>
/// The short guided form behind /propose (members) and /newworkshop (staff): title, what, hub,
/// when, places. The draft is stored after every answer, so a restart mid-form loses nothing.
/// </summary>
public sealed class WorkshopForm(
    IWorkshopStore store,
    WorkshopAdminService admin,
    HubDirectory hubs,
    WorkshopMessages messages,
    WorkshopTimeParser times,
    IOptions<WorkshopOptions> options,
    TimeProvider time) : ITextInterceptor
{
    private static readonly string[] QuitWords = ["abbrechen", "cancel", "stop", "/cancel", "/abbrechen"];

    public int Order => 5;

    public async Task<IReadOnlyList<ChatReply>> BeginAsync(ChatContext context, bool isStaffForm, CancellationToken cancellationToken)
    {
        var draft = new WorkshopDraft { IdentityKey = context.Identity.Key, IsStaffForm = isStaffForm, UpdatedAt = time.GetUtcNow() };
        await store.SaveDraftAsync(draft, cancellationToken);
        return Replies.One(messages.Text(context.Language, TextKeys.WsFormIntro) + "\n\n" + messages.Text(context.Language, TextKeys.WsFormAskTitle));
    }

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(context.Identity.Key, cancellationToken);
        return draft is null ? null : await AnswerAsync(context, draft, input.Text.Trim(), cancellationToken);
    }

    /// <summary>Ends a form in progress; false when there was none.</summary>
    public async Task<bool> QuitAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (await store.GetDraftAsync(context.Identity.Key, cancellationToken) is null)
        {
            return false;
        }

        await store.DeleteDraftAsync(context.Identity.Key, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ChatReply>> ChooseHubAsync(ChatContext context, string hubId, CancellationToken cancellationToken)
    {
        var draft = await store.GetDraftAsync(context.Identity.Key, cancellationToken);
        if (draft is not { Step: DraftStep.Hub } || !HubsFor(draft).Any(h => h.Id == hubId))
        {
            return Replies.One(messages.Text(context.Language, TextKeys.ButtonOutdated));
        }

        return await SaveAsync(context, draft with { HubId = hubId, Step = DraftStep.When }, TextKeys.WsFormAskWhen, cancellationToken);
    }

    private async Task<IReadOnlyList<ChatReply>> AnswerAsync(ChatContext context, WorkshopDraft draft, string text, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (QuitWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await store.DeleteDraftAsync(draft.IdentityKey, cancellationToken);
            return Replies.One(messages.Text(language, TextKeys.WsFormQuit));
        }

        switch (draft.Step)
        {
            case DraftStep.Title when text.Length is >= 3 and <= 120:
                return await SaveAsync(context, draft with { Title = text, Step = DraftStep.Description }, TextKeys.WsFormAskDescription, cancellationToken);
            case DraftStep.Description when text.Length is >= 3 and <= 2000:
                await store.SaveDraftAsync(draft with { Description = text, Step = DraftStep.Hub, UpdatedAt = time.GetUtcNow() }, cancellationToken);
                return [AskHub(draft, context)];
            case DraftStep.Hub:
                var hub = hubs.Match(text);
                return hub is not null && HubsFor(draft).Contains(hub)
                    ? await SaveAsync(context, draft with { HubId = hub.Id, Step = DraftStep.When }, TextKeys.WsFormAskWhen, cancellationToken)
                    : [AskHub(draft, context)];
            case DraftStep.When:
                return await WhenAsync(draft, times.Read(text), language, cancellationToken);
            case DraftStep.Capacity when CountReader.Read(text) is { } capacity && capacity is >= 1 and <= 500:
                return await FinishAsync(context, draft, capacity, cancellationToken);
            case DraftStep.Capacity when times.Read(text) is { StartsAt: not null } corrected:
                // the date just shown back was not what they meant: a new one replaces it
                return await WhenAsync(draft, corrected, language, cancellationToken);
            default:
                return Replies.One(messages.Text(language, WorkshopTextKeys.InvalidAnswer(draft.Step)));
        }
    }

    /// <summary>
    /// The start is shown back as understood before the next question: "nächsten Samstag 15 Uhr" is a
    /// reading the member must see, and can still replace by typing another date.
    /// </summary>
    private async Task<IReadOnlyList<ChatReply>> WhenAsync(WorkshopDraft draft, WorkshopTime when, Language language, CancellationToken cancellationToken)
    {
        var startsAt = when.StartsAt;
        if (startsAt is null || startsAt <= time.GetUtcNow())
        {
            var problem = startsAt is not null ? TextKeys.WsFormWhenPast : when.LacksDay ? TextKeys.WsFormWhenNoDay : TextKeys.WsFormWhenInvalid;
            return Replies.One(messages.Text(language, problem));
        }

        await store.SaveDraftAsync(draft with { StartsAt = startsAt, Step = DraftStep.Capacity, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return Replies.One(messages.Text(language, TextKeys.WsFormWhenUnderstood, messages.Start(startsAt.Value, language)) + "\n"
            + messages.Text(language, TextKeys.WsFormAskCapacity, options.Value.DefaultCapacity));
    }

    private async Task<IReadOnlyList<ChatReply>> FinishAsync(ChatContext context, WorkshopDraft draft, int capacity, CancellationToken cancellationToken)
    {
        await store.DeleteDraftAsync(draft.IdentityKey, cancellationToken);
        var request = new WorkshopRequest(draft.Title!, draft.Description ?? string.Empty, draft.HubId!, draft.StartsAt!.Value, capacity, draft.IdentityKey, draft.IsStaffForm ? null : context.Member?.Id);
        var workshop = await admin.CreateAsync(request, context.Member?.DisplayName ?? context.Sender.DisplayName ?? draft.IdentityKey, cancellationToken);
        var key = workshop.State == WorkshopState.Published ? TextKeys.WsFormPublished : TextKeys.WsFormProposed;
        return Replies.One(messages.Text(context.Language, key, workshop.Title, workshop.Id, workshop.CheckInCode, messages.HubName(workshop.HubId), messages.When(workshop, context.Language), workshop.Capacity));
    }

    private async Task<IReadOnlyList<ChatReply>> SaveAsync(ChatContext context, WorkshopDraft draft, string questionKey, CancellationToken cancellationToken, params object?[] arguments)
    {
        await store.SaveDraftAsync(draft with { UpdatedAt = time.GetUtcNow() }, cancellationToken);
        return Replies.One(messages.Text(context.Language, questionKey, arguments));
    }

    /// <summary>The hubs as buttons, nearest to the member's town first, so the likely one is the first tap.</summary>
    private ChatReply AskHub(WorkshopDraft draft, ChatContext context)
    {
        var home = context.Member?.Town?.Place?.Location;
        var ordered = home is null ? HubsFor(draft) : HubsFor(draft).OrderBy(h => home.DistanceKmTo(new GeoPoint(h.Latitude, h.Longitude))).ToList();
        return new(messages.Text(context.Language, TextKeys.WsFormAskHub), ordered.Select(h => new ChatButton(WorkshopButtons.Id("hub", h.Id), h.Name)).ToList());
    }

    private IReadOnlyList<HubOptions> HubsFor(WorkshopDraft draft) => draft.IsStaffForm ? hubs.StaffedBy(draft.IdentityKey) : hubs.All;
}
