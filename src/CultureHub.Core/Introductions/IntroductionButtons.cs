using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Introductions;

/// <summary>"Yes, introduce us" / "Not now" / "Not this person" under a proposal.</summary>
public sealed class IntroductionButtons(IntroductionService service, TextCatalog texts) : IButtonHandler
{
    public string Prefix => "intro";

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':', 2);
        if (context.Member is not { } member || parts.Length != 2)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated));
        }

        var answer = parts[0] switch
        {
            "yes" => IntroductionAnswer.Yes,
            "block" => IntroductionAnswer.Blocked,
            _ => IntroductionAnswer.NotNow,
        };
        var (result, _) = await service.AnswerAsync(member, parts[1], answer, cancellationToken);
        var key = result switch
        {
            AnswerResult.NotOpen => TextKeys.ButtonOutdated,
            AnswerResult.Recorded => TextKeys.IntroAnswerWaiting,
            AnswerResult.Opened => TextKeys.IntroAnswerOpened,
            _ => answer == IntroductionAnswer.Blocked ? TextKeys.IntroAnswerBlocked : TextKeys.IntroAnswerNotNow,
        };
        return Replies.One(texts.Get(member.Language, key));
    }
}

/// <summary>Answers to "Did you meet?" and "Did something come of it?".</summary>
public sealed class FollowUpButtons(IIntroductionStore introductions, TextCatalog texts) : IButtonHandler
{
    public string Prefix => "followup";

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':', 3);
        if (context.Member is not { } member || parts.Length != 3)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated));
        }

        var isKnown = false;
        var isAnswer = false;
        await introductions.UpdateAsync(parts[2], current =>
        {
            isKnown = current.Involves(member.Id);
            var updated = isKnown ? Answered(current, parts[0], parts[1]) : null;
            isAnswer = updated is not null;
            return updated;
        }, cancellationToken);
        if (!isKnown)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated));
        }

        return Replies.One(texts.Get(member.Language, isAnswer ? TextKeys.FollowupThanks : TextKeys.ButtonOutdated));
    }

    private static Introduction? Answered(Introduction introduction, string question, string answer) =>
        (question, answer) switch
        {
            ("met", "yes") => introduction with { HaveMet = true },
            ("met", _) => introduction with { HaveMet = introduction.HaveMet == true },
            ("outcome", var value) when Enum.TryParse<IntroductionOutcome>(value, true, out var outcome) =>
                introduction with
                {
                    Outcome = outcome == IntroductionOutcome.Nothing && introduction.Outcome != IntroductionOutcome.Unknown ? introduction.Outcome : outcome,
                    HaveMet = outcome == IntroductionOutcome.Nothing ? introduction.HaveMet : true,
                },
            _ => null,
        };
}
