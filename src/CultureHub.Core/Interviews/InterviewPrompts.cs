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
            texts.Get(language, TextKeys.ConsentNotice),
            [
                new ChatButton($"consent:yes:{language.ToCode()}{suffix}", texts.Get(language, TextKeys.ConsentYes)),
                new ChatButton("consent:no", texts.Get(language, TextKeys.ConsentNo)),
                new ChatButton($"consent:lang:{other.ToCode()}{suffix}", texts.Get(other, TextKeys.LanguageSwitchTo)),
            ]);
    }

    /// <summary>Asked right after consent when a language model is configured; the default is no.</summary>
    public ChatReply LanguageModelQuestion(Language language, bool isExternal) => new(
        texts.Format(language, TextKeys.LlmQuestion, texts.Get(language, isExternal ? TextKeys.LlmWhereExternal : TextKeys.LlmWhereLocal)),
        [
            new ChatButton("llm:yes", texts.Get(language, TextKeys.LlmYes)),
            new ChatButton("llm:no", texts.Get(language, TextKeys.LlmNo)),
        ]);

    public ChatReply For(InterviewSession session, ChatSender sender)
    {
        var language = session.Language;
        var draft = session.Draft;
        var back = new ChatButton($"{ButtonPrefix}:back", texts.Get(language, TextKeys.InterviewBack));
        if (session.AddingTo is { } side)
        {
            return MissingQuestion(side, language);
        }

        return session.Step switch
        {
            InterviewStep.Name => new ChatReply(
                texts.Get(language, TextKeys.InterviewAskName),
                NameButtons(sender, language)),
            InterviewStep.Offers => new ChatReply(
                WithCurrent(texts.Get(language, TextKeys.InterviewAskOffers), draft.Offers, language), [back]),
            InterviewStep.Seeks => new ChatReply(
                WithCurrent(texts.Get(language, TextKeys.InterviewAskSeeks), draft.Seeks, language),
                [new ChatButton($"{ButtonPrefix}:skip", texts.Get(language, TextKeys.InterviewSeeksNothing)), back]),
            InterviewStep.Town => new ChatReply(
                WithCurrent(texts.Get(language, TextKeys.InterviewAskTown), draft.Town?.Text, language), [back]),
            InterviewStep.Sectors => new ChatReply(texts.Get(language, TextKeys.InterviewAskSectors), SectorButtons(draft, language, back)),
            InterviewStep.Links => new ChatReply(
                texts.Get(language, TextKeys.InterviewAskLinks),
                [new ChatButton($"{ButtonPrefix}:skip", texts.Get(language, TextKeys.InterviewSkip)), back]),
            _ => Confirmation(session),
        };
    }

    public ChatReply Confirmation(InterviewSession session)
    {
        var language = session.Language;
        var text = texts.Get(language, TextKeys.InterviewConfirmIntro) + "\n\n" + card.Render(session.Draft, language);
        var buttons = new List<ChatButton> { new($"{ButtonPrefix}:confirm", texts.Get(language, TextKeys.InterviewConfirm)) };
        foreach (var step in new[] { InterviewStep.Name, InterviewStep.Offers, InterviewStep.Seeks, InterviewStep.Town, InterviewStep.Sectors, InterviewStep.Links })
        {
            buttons.Add(new ChatButton($"{ButtonPrefix}:edit:{step.ToString().ToLowerInvariant()}", texts.Get(language, EditKey(step))));
        }

        // The card's own "passt" confirms the labels: removing or adding one is the only extra click.
        buttons.AddRange(labels.Buttons(session.Draft, language));
        return new ChatReply(text, buttons);
    }

    /// <summary>"Etwas fehlt": what is missing is typed next; the back button returns to where the member was.</summary>
    public ChatReply MissingQuestion(LabelSide side, Language language) => new(
        texts.Get(language, side == LabelSide.Offer ? TextKeys.LabelsAskMissingOffer : TextKeys.LabelsAskMissingSeek),
        [new ChatButton($"{UnderstoodLabels.ButtonPrefix}:none:{UnderstoodLabels.Code(side)}", texts.Get(language, TextKeys.InterviewBack))]);

    private List<ChatButton> NameButtons(ChatSender sender, Language language)
    {
        var buttons = new List<ChatButton>();
        if (!string.IsNullOrWhiteSpace(sender.DisplayName) && sender.DisplayName.Length <= AnswerReader.MaxNameLength)
        {
            buttons.Add(new ChatButton($"{ButtonPrefix}:name:platform", texts.Format(language, TextKeys.InterviewUseName, sender.DisplayName)));
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
        buttons.Add(new ChatButton($"{ButtonPrefix}:sectors:done", texts.Get(language, TextKeys.InterviewSectorsDone)));
        buttons.Add(back);
        return buttons;
    }

    private string WithCurrent(string question, string? current, Language language) =>
        string.IsNullOrWhiteSpace(current) ? question : question + "\n" + texts.Format(language, TextKeys.InterviewCurrent, current);

    private static string EditKey(InterviewStep step) => step switch
    {
        InterviewStep.Name => TextKeys.InterviewEditName,
        InterviewStep.Offers => TextKeys.InterviewEditOffers,
        InterviewStep.Seeks => TextKeys.InterviewEditSeeks,
        InterviewStep.Town => TextKeys.InterviewEditTown,
        InterviewStep.Sectors => TextKeys.InterviewEditSectors,
        _ => TextKeys.InterviewEditLinks,
    };
}
