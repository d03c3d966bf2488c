using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Privacy;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Interviews;

/// <summary>
/// The interview as a persisted conversation: consent first, then the profile questions, then the
/// profile shown back for confirmation. Each answer is saved at once, so a restart loses nothing.
/// </summary>
public sealed partial class InterviewService(
    IInterviewStore sessions,
    InterviewAnswers answers,
    InterviewPrompts prompts,
    TextCatalog texts,
    ProfileCompletion completion,
    DraftReading reading,
    AnswerFeedback feedback,
    IEnumerable<IProfileSavedListener> listeners,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time,
    ILogger<InterviewService> logger,
    IInterviewAssistant? assistant = null)
{
    /// <summary>Greets someone: the consent notice for a newcomer, the open question for someone mid-interview.</summary>
    public IReadOnlyList<ChatReply> Start(ChatContext context, string? source)
    {
        if (context.Session is { } session)
        {
            return [new ChatReply(texts.Get(session.Language, TextKeys.InterviewResume)), prompts.For(session, context.Sender)];
        }

        if (context.Member is { } member)
        {
            return Replies.One(texts.Format(member.Language, TextKeys.StartWelcomeBack, member.DisplayName));
        }

        return [prompts.ConsentNotice(context.Language, source)];
    }

    public async Task<IReadOnlyList<ChatReply>> AcceptConsentAsync(ChatContext context, Language language, string? source, CancellationToken cancellationToken)
    {
        if (context.Member is not null || context.Session is not null)
        {
            var current = context.Session is { } open ? prompts.For(open, context.Sender) : new ChatReply(texts.Get(context.Language, TextKeys.StartHelpHint));
            return [new ChatReply(texts.Get(context.Language, TextKeys.ConsentAlready)), current];
        }

        var now = time.GetUtcNow();
        var session = new InterviewSession
        {
            IdentityKey = context.Identity.Key,
            Language = language,
            Step = InterviewStep.Name,
            Draft = new MemberDraft(),
            Consent = new ConsentRecord(privacy.Value.ConsentVersion, now),
            Source = source,
            StartedAt = now,
            UpdatedAt = now,
        };
        await sessions.SaveAsync(session, cancellationToken);
        LogInterviewStarted(context.Identity.Platform);
        var first = assistant is null ? prompts.For(session, context.Sender) : prompts.LanguageModelQuestion(language, assistant.IsExternal);
        return [new ChatReply(texts.Get(language, TextKeys.ConsentThanks)), first];
    }

    public async Task<IReadOnlyList<ChatReply>> BeginEditAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return context.Session is { } open ? [prompts.For(open, context.Sender)] : Start(context, null);
        }

        var session = InterviewSession.Editing(member, context.Identity.Key, time.GetUtcNow());
        return await MoveAsync(context, session, cancellationToken);
    }

    public async Task<IReadOnlyList<ChatReply>> AnswerAsync(ChatContext context, string text, CancellationToken cancellationToken)
    {
        var session = context.Session ?? throw new InvalidOperationException("No interview in progress.");
        if (AnswerReader.IsBack(text))
        {
            return await MoveAsync(context, session with { Step = InterviewSteps.Previous(session.Step), ShouldReturnToConfirm = false }, cancellationToken);
        }

        var outcome = await AssistedAsync(session, text, cancellationToken) ?? answers.Apply(session, text);
        if (outcome.ProblemKey is { } problem)
        {
            return [new ChatReply(texts.Get(session.Language, problem)), prompts.For(session, context.Sender)];
        }

        var draft = reading.Refresh(session.Draft, outcome.Draft, session.Language);
        var answered = session with { Draft = draft };
        IReadOnlyList<ChatReply> replies;
        if (outcome.FollowUp is { } question)
        {
            var asked = await MoveAsync(context, answered, cancellationToken);
            replies = [new ChatReply(question, asked[0].Buttons)];
        }
        else
        {
            replies = await AdvanceAsync(context, answered, outcome.NoticeKey, cancellationToken, outcome.Next);
        }

        var isCard = outcome.FollowUp is null && NextStep(answered, outcome.Next) == InterviewStep.Confirm;
        return feedback.Around(replies, session.Draft, draft, session.Language, isCard, isFollowUp: outcome.FollowUp is not null);
    }

    /// <summary>The model's reading of an answer, only for members who allowed it; null sends the answer down the offline path.</summary>
    private async Task<AnswerOutcome?> AssistedAsync(InterviewSession session, string text, CancellationToken cancellationToken)
    {
        var limit = session.Step == InterviewStep.Name ? AnswerReader.MaxNameLength : AnswerReader.MaxFreeTextLength;
        if (assistant is null || !session.Consent.AllowsLlm || session.Step == InterviewStep.Confirm || AnswerReader.Problem(text, limit) is not null)
        {
            return null;
        }

        var help = await assistant.AssistAsync(session, AnswerReader.Collapse(text), cancellationToken);
        var outcome = help is null ? null : answers.ApplyAssisted(session, help);
        // One follow-up per question: only the first answer to a step may be met with another question.
        return outcome is { FollowUp: not null } && !InterviewSteps.IsOpen(session.Draft, session.Step) ? outcome with { FollowUp = null } : outcome;
    }

    public async Task<IReadOnlyList<ChatReply>> LocationAsync(ChatContext context, GeoPoint point, CancellationToken cancellationToken)
    {
        var session = context.Session;
        if (session is null || session.Step != InterviewStep.Town)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.InputLocationNotNeeded));
        }

        var draft = answers.ApplyLocation(session.Draft, point);
        return await AdvanceAsync(context, session with { Draft = draft }, null, cancellationToken);
    }

    public async Task<IReadOnlyList<ChatReply>> ButtonAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        if (context.Session is not { } open)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated));
        }

        // Any interview button leaves an open "what is missing?" question behind.
        var session = open with { AddingTo = null };
        var parts = argument.Split(':', 2);
        var value = parts.Length > 1 ? parts[1] : string.Empty;
        return parts[0] switch
        {
            "back" => await MoveAsync(context, session with { Step = InterviewSteps.Previous(session.Step), ShouldReturnToConfirm = false }, cancellationToken),
            "skip" when session.Step is InterviewStep.Seeks or InterviewStep.Links =>
                await AdvanceAsync(context, session with { Draft = reading.Refresh(session.Draft, answers.Skip(session.Draft, session.Step), session.Language) }, null, cancellationToken),
            "name" when session.Step == InterviewStep.Name && !string.IsNullOrWhiteSpace(context.Sender.DisplayName) =>
                await AnswerAsync(context, context.Sender.DisplayName, cancellationToken),
            "sector" when session.Step == InterviewStep.Sectors && Sectors.Parse(value) is { } sector =>
                await MoveAsync(context, session with { Draft = answers.ToggleSector(session.Draft, sector) }, cancellationToken),
            "sectors" when session.Step == InterviewStep.Sectors =>
                await AdvanceAsync(context, session with { Draft = session.Draft with { HasChosenSectors = true } }, null, cancellationToken),
            "edit" when session.Step == InterviewStep.Confirm && Enum.TryParse<InterviewStep>(value, true, out var step) && step != InterviewStep.Confirm =>
                await MoveAsync(context, session with { Step = step, ShouldReturnToConfirm = true }, cancellationToken),
            "confirm" when session.Step == InterviewStep.Confirm => await ConfirmAsync(context, session, cancellationToken),
            _ => [new ChatReply(texts.Get(session.Language, TextKeys.ButtonOutdated)), prompts.For(session, context.Sender)],
        };
    }

    private async Task<IReadOnlyList<ChatReply>> AdvanceAsync(
        ChatContext context, InterviewSession session, string? noticeKey, CancellationToken cancellationToken, InterviewStep? suggested = null)
    {
        var replies = await MoveAsync(context, session with { Step = NextStep(session, suggested) }, cancellationToken);
        return noticeKey is null ? replies : [new ChatReply(texts.Get(session.Language, noticeKey)), .. replies];
    }

    private static InterviewStep NextStep(InterviewSession session, InterviewStep? suggested) =>
        session.ShouldReturnToConfirm ? InterviewStep.Confirm
            : suggested is { } step && InterviewSteps.IsOpen(session.Draft, step) ? step
            : InterviewSteps.NextOpenStep(session.Draft);

    private async Task<IReadOnlyList<ChatReply>> MoveAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var draft = session.Step == InterviewStep.Confirm ? await reading.CompleteAsync(session.Draft, session, cancellationToken) : session.Draft;
        var saved = session with { Draft = draft, UpdatedAt = time.GetUtcNow() };
        await sessions.SaveAsync(saved, cancellationToken);
        return [prompts.For(saved, context.Sender)];
    }

    private async Task<IReadOnlyList<ChatReply>> ConfirmAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var (member, isNew) = await completion.SaveAsync(context, session, cancellationToken);
        LogProfileSaved(member.Id, isNew);
        var replies = new List<ChatReply> { new(texts.Get(session.Language, isNew ? TextKeys.InterviewSaved : TextKeys.InterviewUpdated)) };
        foreach (var listener in listeners)
        {
            replies.AddRange(await listener.ProfileSavedAsync(member, isNew, cancellationToken));
        }

        return replies;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview started on {Platform}")]
    private partial void LogInterviewStarted(ChatPlatform platform);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {MemberId} saved (new: {IsNew})")]
    private partial void LogProfileSaved(string memberId, bool isNew);
}
