using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>
/// A member's corrections of what was understood: remove a label, pick a suggested one, say what is
/// missing. They change the interview's draft while one is open (the card saves them), the stored
/// profile otherwise. Every button stays answerable: a label already removed or added, or a button
/// from a conversation that is over, gets a friendly word and the current view, never an error.
/// </summary>
public sealed class LabelCorrectionService(
    IInterviewStore sessions,
    IMemberStore members,
    DraftReading reading,
    UnderstoodLabels labels,
    InterviewPrompts prompts,
    ProfileView profile,
    TextCatalog texts,
    TimeProvider time) : ITextInterceptor
{
    private const int MaxPhraseLength = 200;

    /// <summary>Before the relay and forms: the member just asked to type what is missing.</summary>
    public int Order => 1;

    public Task<IReadOnlyList<ChatReply>> RemoveAsync(ChatContext context, LabelSide side, string competenceId, CancellationToken cancellationToken) =>
        CorrectAsync(context, side, competenceId, isAdded: false, cancellationToken);

    public Task<IReadOnlyList<ChatReply>> AddAsync(ChatContext context, LabelSide side, string competenceId, CancellationToken cancellationToken) =>
        CorrectAsync(context, side, competenceId, isAdded: true, cancellationToken);

    /// <summary>"Etwas fehlt": the next text the member sends is looked up; from /profile this opens an edit of the profile.</summary>
    public async Task<IReadOnlyList<ChatReply>> AskMissingAsync(ChatContext context, LabelSide side, CancellationToken cancellationToken)
    {
        var session = context.Session ?? (context.Member is { } member ? InterviewSession.Editing(member, context.Identity.Key, time.GetUtcNow()) : null);
        if (session is null)
        {
            return Outdated(context);
        }

        await SaveAsync(session with { AddingTo = side }, cancellationToken);
        return [prompts.MissingQuestion(side, session.Language)];
    }

    /// <summary>"Keins davon" or back: nothing is added, the member is where they were.</summary>
    public async Task<IReadOnlyList<ChatReply>> DismissAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Session is not { } session)
        {
            return context.Member is { } member ? [Note(member.Language, TextKeys.LabelsKeptAsIs), profile.For(member)] : Outdated(context);
        }

        var saved = await SaveAsync(session with { AddingTo = null }, cancellationToken);
        return session.AddingTo is null
            ? [Note(session.Language, TextKeys.LabelsKeptAsIs), prompts.For(saved, context.Sender)]
            : [prompts.For(saved, context.Sender)];
    }

    /// <summary>What the member typed after "Etwas fehlt", answered with the closest entries as buttons.</summary>
    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        if (context.Session is not { AddingTo: { } side } session)
        {
            return null;
        }

        var language = session.Language;
        if (AnswerReader.IsBack(input.Text))
        {
            return await DismissAsync(context, cancellationToken);
        }

        if (AnswerReader.Problem(input.Text, MaxPhraseLength) is { } problem)
        {
            return [Note(language, problem), prompts.MissingQuestion(side, language)];
        }

        var found = labels.Vocabulary.Suggest(input.Text, side, language, UnderstoodLabels.MaxSuggestions);
        return found.Count == 0
            ? [Note(language, TextKeys.LabelsNothingFound), prompts.MissingQuestion(side, language)]
            : [labels.Choice(texts.Get(language, TextKeys.LabelsPick), side, found, language)];
    }

    private async Task<IReadOnlyList<ChatReply>> CorrectAsync(
        ChatContext context, LabelSide side, string competenceId, bool isAdded, CancellationToken cancellationToken)
    {
        if (labels.Vocabulary.Find(competenceId, context.Language) is not { } label || (isAdded && !label.Fits(side)))
        {
            return Outdated(context);
        }

        if (context.Session is { } session)
        {
            var draft = session.Draft;
            var isDone = isAdded ? IsConfirmed(draft.TagsOf(side), competenceId) : !Has(draft.TagsOf(side), competenceId);
            var corrected = Affected(draft.TagsOf(side), competenceId, isAdded, session.Language)
                .Aggregate(draft, (d, id) => reading.Correct(d, side, id, isAdded));
            var saved = await SaveAsync(session with { Draft = corrected, AddingTo = null }, cancellationToken);
            return [Notice(session.Language, side, label, isAdded, isDone), prompts.For(saved, context.Sender)];
        }

        if (context.Member is not { } member)
        {
            return Outdated(context);
        }

        var tags = side == LabelSide.Offer ? member.OfferTags : member.SeekTags;
        var wasDone = isAdded ? IsConfirmed(tags, competenceId) : !Has(tags, competenceId);
        var now = time.GetUtcNow();
        var ids = Affected(tags, competenceId, isAdded, member.Language);
        var updated = await members.UpdateAsync(member.Id, stored => ids.Aggregate(stored, (m, id) => Corrected(m, side, id, isAdded, now)), cancellationToken);
        return updated is null ? Outdated(context) : [Notice(member.Language, side, label, isAdded, wasDone), profile.For(updated)];
    }

    /// <summary>The stored profile with one label added or removed (only these fields, so a job's change meanwhile stays).</summary>
    private static Member Corrected(Member member, LabelSide side, string competenceId, bool isAdded, DateTimeOffset now)
    {
        var corrections = isAdded ? member.Corrections.WithAdded(side, competenceId) : member.Corrections.WithRemoved(side, competenceId);
        var corrected = corrections.Apply(side, side == LabelSide.Offer ? member.OfferTags : member.SeekTags);
        var changed = side == LabelSide.Offer ? member with { OfferTags = corrected } : member with { SeekTags = corrected };
        return changed with { Corrections = corrections, UpdatedAt = now };
    }

    private ChatReply Notice(Language language, LabelSide side, CompetenceLabel label, bool isAdded, bool wasDone)
    {
        var key = (isAdded, wasDone) switch
        {
            (true, true) => TextKeys.LabelsAlreadyAdded,
            (true, false) => TextKeys.LabelsAdded,
            (false, true) => TextKeys.LabelsAlreadyRemoved,
            (false, false) => TextKeys.LabelsRemoved,
        };
        return new ChatReply(texts.Format(language, key, (labels.Vocabulary.Find(label.Id, language) ?? label).On(side)));
    }

    private async Task<InterviewSession> SaveAsync(InterviewSession session, CancellationToken cancellationToken)
    {
        var saved = session with { UpdatedAt = time.GetUtcNow() };
        await sessions.SaveAsync(saved, cancellationToken);
        return saved;
    }

    private ChatReply Note(Language language, string key) => new(texts.Get(language, key));

    private IReadOnlyList<ChatReply> Outdated(ChatContext context) => [Note(context.Language, TextKeys.ButtonOutdated)];

    /// <summary>An added label is that one; a removed one takes every reading the card showed under its wording.</summary>
    private IReadOnlyList<string> Affected(IReadOnlyList<CompetenceTag>? tags, string competenceId, bool isAdded, Language language) =>
        isAdded ? [competenceId] : labels.Namesakes(tags, competenceId, language);

    private static bool Has(IReadOnlyList<CompetenceTag>? tags, string id) => tags?.Any(t => t.CompetenceId == id) == true;

    private static bool IsConfirmed(IReadOnlyList<CompetenceTag>? tags, string id) => tags?.Any(t => t.CompetenceId == id && t.IsConfirmed) == true;
}
