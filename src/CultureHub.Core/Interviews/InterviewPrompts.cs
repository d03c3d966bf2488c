using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>The question for each interview step, with its buttons.</summary>
public sealed class InterviewPrompts(TextCatalog texts, ProfileCard card, UnderstoodLabels labels)
{
    public const string ButtonPrefix = "iv";

    public ChatReply ConsentNotice(Language language, string? source)
    {
        var other = language == Language.De ? Language.En : Language.De;
        var suffix = string.IsNullOrEmpty(source) ? string.Empty : ":" + source;
        return new ChatReply(
            texts.Get(language, "consent.notice"),
            [
                new ChatButton($"consent:yes:{language.ToCode()}{suffix}", texts.Get(language, "consent.yes")),
                new ChatButton("consent:no", texts.Get(language, "consent.no")),
                new ChatButton($"consent:lang:{other.ToCode()}{suffix}", texts.Get(other, "language.switch_to")),
            ]);
    }

    /// <summary>Asked right after consent when a language model is configured; the default is no.</summary>
    public ChatReply LanguageModelQuestion(Language language, bool isExternal) => new(
        texts.Format(language, "llm.question", texts.Get(language, isExternal ? "llm.where_external" : "llm.where_local")),
        [
            new ChatButton("llm:yes", texts.Get(language, "llm.yes")),
            new ChatButton("llm:no", texts.Get(language, "llm.no")),
        ]);

    public ChatReply For(InterviewSession session, ChatSender sender)
    {
        var language = session.Language;
        var draft = session.Draft;
        var back = new ChatButton($"{ButtonPrefix}:back", texts.Get(language, "interview.back"));
        if (session.AddingTo is { } side)
        {
            return MissingQuestion(side, language);
        }

        return session.Step switch
        {
            InterviewStep.Name => new ChatReply(
                texts.Get(language, "interview.ask_name"),
                NameButtons(sender, language)),
            InterviewStep.Offers => new ChatReply(
                WithCurrent(texts.Get(language, "interview.ask_offers"), draft.Offers, language), [back]),
            InterviewStep.Seeks => new ChatReply(
                WithCurrent(texts.Get(language, "interview.ask_seeks"), draft.Seeks, language),
                [new ChatButton($"{ButtonPrefix}:skip", texts.Get(language, "interview.seeks_nothing")), back]),
            InterviewStep.Town => new ChatReply(
                WithCurrent(texts.Get(language, "interview.ask_town"), draft.Town?.Text, language), [back]),
            InterviewStep.Sectors => new ChatReply(texts.Get(language, "interview.ask_sectors"), SectorButtons(draft, language, back)),
            InterviewStep.Links => new ChatReply(
                texts.Get(language, "interview.ask_links"),
                [new ChatButton($"{ButtonPrefix}:skip", texts.Get(language, "interview.skip")), back]),
            _ => Confirmation(session),
        };
    }

    public ChatReply Confirmation(InterviewSession session)
    {
        var language = session.Language;
        var text = texts.Get(language, "interview.confirm_intro") + "\n\n" + card.Render(session.Draft, language);
        var buttons = new List<ChatButton> { new($"{ButtonPrefix}:confirm", texts.Get(language, "interview.confirm")) };
        foreach (var step in new[] { InterviewStep.Name, InterviewStep.Offers, InterviewStep.Seeks, InterviewStep.Town, InterviewStep.Sectors, InterviewStep.Links })
        {
            buttons.Add(new ChatButton($"{ButtonPrefix}:edit:{step.ToString().ToLowerInvariant()}", texts.Get(language, $"interview.edit_{step.ToString().ToLowerInvariant()}")));
        }

        // The card's own "passt" confirms the labels: removing or adding one is the only extra click.
        buttons.AddRange(labels.Buttons(session.Draft, language));
        return new ChatReply(text, buttons);
    }

    /// <summary>"Etwas fehlt": what is missing is typed next; the back button returns to where the member was.</summary>
    public ChatReply MissingQuestion(LabelSide side, Language language) => new(
        texts.Get(language, side == LabelSide.Offer ? "labels.ask_missing_offer" : "labels.ask_missing_seek"),
        [new ChatButton($"{UnderstoodLabels.ButtonPrefix}:none:{UnderstoodLabels.Code(side)}", texts.Get(language, "interview.back"))]);

    private List<ChatButton> NameButtons(ChatSender sender, Language language)
    {
        var buttons = new List<ChatButton>();
        if (!string.IsNullOrWhiteSpace(sender.DisplayName) && sender.DisplayName.Length <= AnswerReader.MaxNameLength)
        {
            buttons.Add(new ChatButton($"{ButtonPrefix}:name:platform", texts.Format(language, "interview.use_name", sender.DisplayName)));
        }

        return buttons;
    }

    private List<ChatButton> SectorButtons(MemberDraft draft, Language language, ChatButton back)
    {
        var buttons = Sectors.All
            .Select(s => new ChatButton(
                $"{ButtonPrefix}:sector:{s.Id()}",
                (draft.Sectors.Contains(s) ? "✓ " : string.Empty) + card.SectorLabel(s, language)))
            .ToList();
        buttons.Add(new ChatButton($"{ButtonPrefix}:sectors:done", texts.Get(language, "interview.sectors_done")));
        buttons.Add(back);
        return buttons;
    }

    private string WithCurrent(string question, string? current, Language language) =>
        string.IsNullOrWhiteSpace(current) ? question : question + "\n" + texts.Format(language, "interview.current", current);
}
