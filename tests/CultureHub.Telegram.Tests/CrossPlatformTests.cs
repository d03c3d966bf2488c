using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>A Telegram member and a web-chat member: introduced by the core, then relayed both ways.</summary>
public sealed class CrossPlatformTests
{
    [Fact]
    public async Task Introduction_TelegramAndWebMember_RelaysBothWays()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var tg = new FakeTelegramUser(2001, "Tessa", "tessa_sound", "de");
        await new InterviewDriver(host, tg, Language.De) { Name = "Tessa" }.RunAsync();
        using var web = new ChatApiClient(CultureHubHost.ListeningAddress(host.App), "sina");
        var saved = await web.CompleteInterviewAsync("Sina", "Ich bin Sängerin und schreibe Texte", "Ich suche jemanden, der meine Konzerte live abmischt", "Vechta");
        Assert.Contains("Gespeichert", saved.AllText, StringComparison.Ordinal);

        var before = host.Api.MessagesTo(tg.Id).Count;
        var report = await host.Service<MatchingRoundService>().RunRoundAsync(CancellationToken.None);
        Assert.Equal(1, report.Proposed);
        var proposal = host.Api.MessagesTo(tg.Id).Skip(before).Single();
        Assert.Contains("Sina", proposal.Text, StringComparison.Ordinal);
        var yes = proposal.Buttons.Single(b => b.Data?.StartsWith("intro:yes", StringComparison.Ordinal) == true).Data!;
        await host.PressAsync(tg, yes);
        var webProposal = await web.InboxAsync();
        await web.PressAsync(webProposal.Button("intro:yes").Id);

        var introductions = host.Api.MessagesTo(tg.Id).Skip(before + 1).Select(m => m.Text).ToList();
        Assert.Contains(introductions, t => t?.Contains("/end", StringComparison.Ordinal) == true);
        Assert.Contains("Tessa", (await web.InboxAsync()).AllText, StringComparison.Ordinal);

        await host.SayAsync(tg, "Hallo Sina, wann ist dein nächstes Konzert?");
        Assert.Contains("💬 Tessa: Hallo Sina, wann ist dein nächstes Konzert?", (await web.InboxAsync()).AllText, StringComparison.Ordinal);

        var sent = host.Api.MessagesTo(tg.Id).Count;
        await web.SayAsync("Am Samstag in Vechta <3");
        var relayed = host.Api.MessagesTo(tg.Id).Skip(sent).Single();
        Assert.Contains("Sina: Am Samstag in Vechta &lt;3", relayed.Text, StringComparison.Ordinal);
    }
}
