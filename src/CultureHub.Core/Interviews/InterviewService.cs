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
    IMemberStore members,
    InterviewAnswers answers,
    InterviewPrompts prompts,
    TextCatalog texts,
    ICompetenceExtractor extractor,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time,
    ILogger<InterviewService> logger,
    IInterviewAssistant? assistant = null,
    ICompetenceAssistant? competences = null)
{
    /// <summary>Greets someone: the consent notice for a newcomer, the open question for someone mid-interview.</summary>
    public IReadOnlyList<ChatReply> Start(ChatContext context, string? source)
    {
        if (context.Session is { } session)
        {
            return [new ChatReply(texts.Get(session.Language, "interview.resume")), prompts.For(session, context.Sender)];
        }

        if (context.Member is { } member)
        {
            return Replies.One(texts.Format(member.Language, "start.welcome_back", member.DisplayName));
        }

        return [prompts.ConsentNotice(context.Language, source)];
    }

    public async Task<IReadOnlyList<ChatReply>> AcceptConsentAsync(ChatContext context, Language language, string? source, CancellationToken cancellationToken)
    {
        if (context.Member is not null || context.Session is not null)
        {
            var current = context.Session is { } open ? prompts.For(open, context.Sender) : new ChatReply(texts.Get(context.Language, "start.help_hint"));
            return [new ChatReply(texts.Get(context.Language, "consent.already")), current];
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
        return [new ChatReply(texts.Get(language, "consent.thanks")), first];
    }

    public async Task<IReadOnlyList<ChatReply>> BeginEditAsync(ChatContext context, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return context.Session is { } open ? [prompts.For(open, context.Sender)] : Start(context, null);
        }

        var now = time.GetUtcNow();
        var session = new InterviewSession
        {
            IdentityKey = context.Identity.Key,
            Language = member.Language,
            Step = InterviewStep.Confirm,
            Draft = MemberDraft.From(member),
            Consent = member.Consent,
            ShouldReturnToConfirm = true,
            MemberId = member.Id,
            StartedAt = now,
            UpdatedAt = now,
        };
        await sessions.SaveAsync(session, cancellationToken);
        return [prompts.Confirmation(session)];
    }

    public async Task<IReadOnlyList<ChatReply>> AnswerAsync(ChatContext context, string text, CancellationToken cancellationToken)
    {
        var session = context.Session ?? throw new InvalidOperationException("No interview in progress.");
        if (AnswerReader.IsBack(text))
        {
            return await MoveAsync(context, session with { Step = Previous(session.Step), ShouldReturnToConfirm = false }, cancellationToken);
        }

        var outcome = await AssistedAsync(session, text, cancellationToken) ?? answers.Apply(session, text);
        if (outcome.ProblemKey is { } problem)
        {
            return [new ChatReply(texts.Get(session.Language, problem)), prompts.For(session, context.Sender)];
        }

        if (outcome.FollowUp is { } question)
        {
            var asked = await MoveAsync(context, session with { Draft = outcome.Draft }, cancellationToken);
            return [new ChatReply(question, asked[0].Buttons)];
        }

        return await AdvanceAsync(context, session with { Draft = outcome.Draft }, outcome.NoticeKey, cancellationToken, outcome.Next);
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
        return outcome is { FollowUp: not null } && !IsOpen(session.Draft, session.Step) ? outcome with { FollowUp = null } : outcome;
    }

    public async Task<IReadOnlyList<ChatReply>> LocationAsync(ChatContext context, GeoPoint point, CancellationToken cancellationToken)
    {
        var session = context.Session;
        if (session is null || session.Step != InterviewStep.Town)
        {
            return Replies.One(texts.Get(context.Language, "input.location_not_needed"));
        }

        var draft = answers.ApplyLocation(session.Draft, point);
        return await AdvanceAsync(context, session with { Draft = draft }, null, cancellationToken);
    }

    public async Task<IReadOnlyList<ChatReply>> ButtonAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        if (context.Session is not { } session)
        {
            return Replies.One(texts.Get(context.Language, "button.outdated"));
        }

        var parts = argument.Split(':', 2);
        var value = parts.Length > 1 ? parts[1] : string.Empty;
        return parts[0] switch
        {
            "back" => await MoveAsync(context, session with { Step = Previous(session.Step), ShouldReturnToConfirm = false }, cancellationToken),
            "skip" when session.Step is InterviewStep.Seeks or InterviewStep.Links =>
                await AdvanceAsync(context, session with { Draft = answers.Skip(session.Draft, session.Step) }, null, cancellationToken),
            "name" when session.Step == InterviewStep.Name && !string.IsNullOrWhiteSpace(context.Sender.DisplayName) =>
                await AnswerAsync(context, context.Sender.DisplayName, cancellationToken),
            "sector" when session.Step == InterviewStep.Sectors && Sectors.Parse(value) is { } sector =>
                await MoveAsync(context, session with { Draft = answers.ToggleSector(session.Draft, sector) }, cancellationToken),
            "sectors" when session.Step == InterviewStep.Sectors =>
                await AdvanceAsync(context, session with { Draft = session.Draft with { HasChosenSectors = true } }, null, cancellationToken),
            "edit" when session.Step == InterviewStep.Confirm && Enum.TryParse<InterviewStep>(value, true, out var step) && step != InterviewStep.Confirm =>
                await MoveAsync(context, session with { Step = step, ShouldReturnToConfirm = true }, cancellationToken),
            "confirm" when session.Step == InterviewStep.Confirm => await ConfirmAsync(context, session, cancellationToken),
            _ => [new ChatReply(texts.Get(session.Language, "button.outdated")), prompts.For(session, context.Sender)],
        };
    }

    private async Task<IReadOnlyList<ChatReply>> AdvanceAsync(
        ChatContext context, InterviewSession session, string? noticeKey, CancellationToken cancellationToken, InterviewStep? suggested = null)
    {
        var open = NextOpenStep(session.Draft);
        var next = session.ShouldReturnToConfirm ? InterviewStep.Confirm
            : suggested is { } step && IsOpen(session.Draft, step) ? step
            : open;
        var replies = await MoveAsync(context, session with { Step = next }, cancellationToken);
        return noticeKey is null ? replies : [new ChatReply(texts.Get(session.Language, noticeKey)), .. replies];
    }

    private async Task<IReadOnlyList<ChatReply>> MoveAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var saved = session with { UpdatedAt = time.GetUtcNow() };
        await sessions.SaveAsync(saved, cancellationToken);
        return [prompts.For(saved, context.Sender)];
    }

    private async Task<IReadOnlyList<ChatReply>> ConfirmAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var draft = session.Draft;
        var existing = session.MemberId is { } id ? await members.GetAsync(id, cancellationToken) : null;
        var now = time.GetUtcNow();
        var offers = draft.Offers ?? string.Empty;
        var seeks = draft.Seeks ?? string.Empty;
        var tags = await TagsAsync(offers, seeks, session, cancellationToken);
        var member = (existing ?? new Member
        {
            Id = MemberIds.New(),
            DisplayName = draft.Name ?? context.Sender.DisplayName ?? "?",
            Consent = session.Consent,
            Identities = [context.Identity],
            Username = context.Sender.Username,
            Source = session.Source,
            CreatedAt = now,
        }) with
        {
            DisplayName = draft.Name ?? existing?.DisplayName ?? "?",
            Language = session.Language,
            Town = draft.Town,
            Sectors = draft.Sectors,
            Offers = offers,
            Seeks = seeks,
            OfferTags = tags.Offers,
            SeekTags = tags.Seeks,
            Links = draft.Links ?? [],
            UpdatedAt = now,
        };
        await members.UpsertAsync(member, cancellationToken);
        await sessions.DeleteAsync(session.IdentityKey, cancellationToken);
        LogProfileSaved(member.Id, existing is null);
        var key = existing is null ? "interview.saved" : "interview.updated";
        return Replies.One(texts.Get(session.Language, key));
    }

    private async Task<CompetenceExtraction> TagsAsync(string offers, string seeks, InterviewSession session, CancellationToken cancellationToken)
    {
        var tags = extractor.Extract(offers, seeks, session.Language);
        if (competences is null || !session.Consent.AllowsLlm)
        {
            return tags;
        }

        var assisted = await competences.ExtractAsync(offers, seeks, session.Language, cancellationToken);
        return assisted is null ? tags : tags.Merge(assisted);
    }

    private static bool IsOpen(MemberDraft draft, InterviewStep step) => step switch
    {
        InterviewStep.Name => draft.Name is null,
        InterviewStep.Offers => draft.Offers is null,
        InterviewStep.Seeks => draft.Seeks is null,
        InterviewStep.Town => draft.Town is null,
        InterviewStep.Sectors => !draft.HasChosenSectors,
        InterviewStep.Links => draft.Links is null,
        _ => false,
    };

    internal static InterviewStep NextOpenStep(MemberDraft draft) => draft switch
    {
        { Name: null } => InterviewStep.Name,
        { Offers: null } => InterviewStep.Offers,
        { Seeks: null } => InterviewStep.Seeks,
        { Town: null } => InterviewStep.Town,
        { HasChosenSectors: false } => InterviewStep.Sectors,
        { Links: null } => InterviewStep.Links,
        _ => InterviewStep.Confirm,
    };

    private static InterviewStep Previous(InterviewStep step) => step == InterviewStep.Name ? step : step - 1;

    [LoggerMessage(Level = LogLevel.Information, Message = "Interview started on {Platform}")]
    private partial void LogInterviewStarted(ChatPlatform platform);

    [LoggerMessage(Level = LogLevel.Information, Message = "Profile {MemberId} saved (new: {IsNew})")]
    private partial void LogProfileSaved(string memberId, bool isNew);
}
