using CultureHub.Core.Members;
using CultureHub.Telegram.Sending;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>Answers whatever the interview asks next, the way a member would, by text and by buttons.</summary>
public sealed class InterviewDriver(TelegramTestHost host, FakeTelegramUser user, Language language)
{
    public string Name { get; init; } = "Mara <Bass> & Co";

    public async Task<IReadOnlyList<FakeBotRequest>> RunAsync(string start = "/start")
    {
        var consent = (await host.SayAsync(user, start)).Last();
        var yes = consent.Buttons.Single(b => b.Data?.StartsWith("consent:yes", StringComparison.Ordinal) == true);
        var replies = await host.PressAsync(user, yes.Data!);
        for (var turn = 0; turn < 12; turn++)
        {
            var question = replies.Last();
            if (Asks(question, "interview.confirm_intro"))
            {
                return await host.PressAsync(user, "iv:confirm");
            }

            replies = await AnswerAsync(question);
        }

        throw new InvalidOperationException("The interview did not reach its confirmation.");
    }

    private async Task<IReadOnlyList<FakeBotRequest>> AnswerAsync(FakeBotRequest question)
    {
        var isGerman = language == Language.De;
        if (Asks(question, "interview.ask_name"))
        {
            return await host.SayAsync(user, Name);
        }

        if (Asks(question, "interview.ask_offers"))
        {
            return await host.SayAsync(user, isGerman ? "Ich bin Tontechnikerin und mische Bands live" : "I am a sound engineer and mix bands live");
        }

        if (Asks(question, "interview.ask_seeks"))
        {
            return await host.SayAsync(user, isGerman ? "Eine Sängerin für unsere Band" : "A singer for our band");
        }

        if (Asks(question, "interview.ask_town"))
        {
            return await host.SayAsync(user, "Vechta");
        }

        if (Asks(question, "interview.ask_sectors"))
        {
            var sector = question.Buttons.First(b => b.Data?.StartsWith("iv:sector:", StringComparison.Ordinal) == true && !b.Text.StartsWith('✓'));
            await host.PressAsync(user, sector.Data!);
            return await host.PressAsync(user, "iv:sectors:done");
        }

        if (Asks(question, "interview.ask_links"))
        {
            return await host.SayAsync(user, "https://example.org/mara");
        }

        throw new InvalidOperationException($"Unexpected question: {question.Text}");
    }

    // Contains, not StartsWith: the labels understood from the previous answer come before the next question.
    private bool Asks(FakeBotRequest message, string key) =>
        message.Text?.Contains(TelegramText.EscapeHtml(host.Texts.Get(language, key)), StringComparison.Ordinal) == true;
}
