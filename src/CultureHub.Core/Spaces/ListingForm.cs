using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>
/// The guided /share form: for whom (staff only), what, a name, the town, the address (shown only after an
/// approved booking), when it is usually available, capacity, terms, a short description. The draft is
/// stored after every answer, so a restart mid-form loses nothing; a wrong answer asks again with an example.
/// </summary>
public sealed class ListingForm(
    ISpaceStore store,
    ListingKinds kinds,
    ListingQuery query,
    IGazetteer gazetteer,
    HubDirectory hubs,
    ListingFormQuestions questions,
    ListingAdmin admin,
    TimeProvider time) : ITextInterceptor
{
    private static readonly string[] QuitWords = ["abbrechen", "cancel", "stop", "/cancel", "/abbrechen"];
    private static readonly string[] SkipWords = ["-", "–", "keine", "kein", "nein", "none", "no", "skip", "weiter", "überspringen"];

    public int Order => 6;

    public async Task<IReadOnlyList<ChatReply>> BeginAsync(ChatContext context, CancellationToken cancellationToken)
    {
        var staffed = hubs.StaffedBy(context.Identity.Key);
        var draft = new ListingDraft
        {
            IdentityKey = context.Identity.Key,
            MemberId = context.Member?.Id,
            HubId = context.Member is null && staffed.Count == 1 ? staffed[0].Id : null,
            Step = staffed.Count > 0 && (context.Member is not null || staffed.Count > 1) ? ListingStep.Owner : ListingStep.Kind,
            UpdatedAt = time.GetUtcNow(),
        };
        await store.SaveListingDraftAsync(draft, cancellationToken);
        return [new ChatReply(questions.Intro(context.Language)), questions.Ask(draft, context)];
    }

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        var draft = await store.GetListingDraftAsync(context.Identity.Key, cancellationToken);
        if (draft is null)
        {
            return null;
        }

        var text = input.Text.Trim();
        if (QuitWords.Contains(text, StringComparer.OrdinalIgnoreCase))
        {
            await store.DeleteListingDraftAsync(draft.IdentityKey, cancellationToken);
            return Replies.One(questions.Text(context.Language, TextKeys.SpFormQuit));
        }

        var next = Answer(draft, text, context.Language);
        if (next is null)
        {
            return [new ChatReply(questions.Invalid(draft.Step, context.Language)), questions.Ask(draft, context)];
        }

        // A kind read from the member's own words is shown back, so a wrong reading can be undone with one tap.
        var advanced = await AdvanceAsync(context, next, cancellationToken);
        return draft.Step == ListingStep.Kind && next.Kind is { } kind
            ? [questions.KindUnderstood(kind, context.Language), .. advanced]
            : advanced;
    }

    /// <summary>A button of the form: owner (<c>me</c> or a hub id), kind (or <c>other</c> to choose again), the home town, or skip.</summary>
    public async Task<IReadOnlyList<ChatReply>> ChooseAsync(ChatContext context, string field, string value, CancellationToken cancellationToken)
    {
        var draft = await store.GetListingDraftAsync(context.Identity.Key, cancellationToken);
        ListingDraft? next = (draft, field) switch
        {
            ({ Step: ListingStep.Owner }, "owner") when value == "me" && draft.MemberId is not null => draft with { HubId = null, Step = ListingStep.Kind },
            ({ Step: ListingStep.Owner }, "owner") when hubs.IsStaff(value, context.Identity.Key) => draft with { HubId = value, Step = ListingStep.Kind },
            ({ Step: ListingStep.Kind }, "kind") when kinds.Find(value) is not null => draft with { Kind = value, Step = ListingStep.Title },
            ({ Step: ListingStep.Title }, "kind") when value == "other" => draft with { Kind = null, Step = ListingStep.Kind },
            ({ Step: ListingStep.Town }, "town") when questions.HomeTown(draft, context) is { } home => Answer(draft, home, context.Language),
            ({ Step: ListingStep.Capacity or ListingStep.Description or ListingStep.Address }, "skip") => Answer(draft, "-", context.Language),
            _ => null,
        };
        return next is null ? Replies.One(questions.Text(context.Language, TextKeys.ButtonOutdated)) : await AdvanceAsync(context, next, cancellationToken);
    }

    public async Task<bool> QuitAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (await store.GetListingDraftAsync(context.Identity.Key, cancellationToken) is null)
        {
            return false;
        }

        await store.DeleteListingDraftAsync(context.Identity.Key, cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<ChatReply>> AdvanceAsync(ChatContext context, ListingDraft draft, CancellationToken cancellationToken)
    {
        if (draft.Step == ListingStep.Done)
        {
            await store.DeleteListingDraftAsync(draft.IdentityKey, cancellationToken);
            var listing = await admin.CreateAsync(draft, cancellationToken);
            return Replies.One(questions.Created(listing, context.Language));
        }

        var saved = draft with { UpdatedAt = time.GetUtcNow() };
        await store.SaveListingDraftAsync(saved, cancellationToken);
        return Replies.One(questions.Ask(saved, context));
    }

    /// <summary>The draft after this answer, or null when the answer does not fit the step.</summary>
    private ListingDraft? Answer(ListingDraft draft, string text, Language language)
    {
        var isSkip = SkipWords.Contains(text, StringComparer.OrdinalIgnoreCase);
        return draft.Step switch
        {
            ListingStep.Owner => null,
            ListingStep.Kind => query.KindsFor(text, language).FirstOrDefault() is { } kind ? draft with { Kind = kind, Step = ListingStep.Title } : null,
            ListingStep.Title when text.Length is >= 3 and <= 80 && text.Any(char.IsLetterOrDigit) => draft with { Title = text, Step = ListingStep.Town },
            ListingStep.Town when Town(text) is { } town => draft with { TownName = town.Name, Step = ListingStep.Address },
            ListingStep.Address when isSkip || (text.Length is >= 3 and <= 200 && text.Any(char.IsLetterOrDigit)) => draft with { Address = isSkip ? string.Empty : text, Step = ListingStep.Availability },
            ListingStep.Availability when AvailabilityParser.Parse(text) is { } availability => draft with { Availability = availability, Step = ListingStep.Capacity },
            ListingStep.Capacity when isSkip => draft with { Capacity = null, Step = ListingStep.Terms },
            ListingStep.Capacity when CountReader.Read(text) is { } capacity && capacity is >= 1 and <= 10_000 => draft with { Capacity = capacity, Step = ListingStep.Terms },
            ListingStep.Terms when text.Length is >= 1 and <= 200 && text.Any(char.IsLetterOrDigit) => draft with { Terms = ListingTermsReader.Read(text), Step = ListingStep.Description },
            ListingStep.Description when isSkip || text.Length <= 1000 => draft with { Description = isSkip ? string.Empty : text, Step = ListingStep.Done },
            _ => null,
        };
    }

    private Place? Town(string text) => gazetteer.Resolve(text) is { Confidence: >= 0.6 } match ? match.Place : null;
}
