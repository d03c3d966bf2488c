using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Storage;
using CultureHub.Telegram.Polling;
using CultureHub.Telegram.Sending;
using CultureHub.TestKit.Telegram;
using Microsoft.Extensions.Options;

namespace CultureHub.Telegram.Tests;

/// <summary>
/// The host dies after an update changed the interview but before its offset was stored; Telegram
/// hands the update out again. It must not be applied a second time (the name saved as the offer).
/// </summary>
public sealed class ReplayTests
{
    [Fact]
    public async Task Interview_CrashBeforeTheOffsetWasStored_RedeliveredNameIsNotTakenAsTheOffer()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(4711, "Mara", null, "de");
        var consent = (await host.SayAsync(user, "/start")).Last();
        await host.PressAsync(user, consent.Buttons.Single(b => b.Data!.StartsWith("consent:yes", StringComparison.Ordinal)).Data!);
        var databasePath = host.Service<LiteDbContext>().Path;
        var offsetBefore = await host.Service<IAdapterStateStore>().GetAsync(UpdateOffsetTracker.OffsetKey, CancellationToken.None);
        var handledBefore = await host.Service<IAdapterStateStore>().GetAsync(UpdateOffsetTracker.HandledKey, CancellationToken.None);

        var nameUpdate = FakeUpdates.Text(user, "Mara Wiederholt");
        var nameId = host.Api.Enqueue(nameUpdate);
        await host.Api.WaitUntilHandledAsync(nameId);
        var askedOffers = host.Api.MessagesTo(user.Id).Last().Text!;
        await host.StopHostAsync();
        await ForgetOffsetAsync(databasePath, offsetBefore!, handledBefore);
        host.Api.Redeliver(nameId, nameUpdate);
        var sentBeforeRestart = host.Api.MessagesTo(user.Id).Count;
        var pollsBeforeRestart = host.Api.Calls("getUpdates").Count;

        await host.StartHostAsync();
        await host.Api.WaitUntilAsync(api => api.Calls("getUpdates").Skip(pollsBeforeRestart).Any(r => r.Offset > nameId));
        var repeated = host.Api.MessagesTo(user.Id).Skip(sentBeforeRestart).ToList();
        var afterOffer = await host.SayAsync(user, "Ich bin Tontechnikerin und mische Bands live");

        Assert.StartsWith(Escaped(host, "interview.ask_offers"), askedOffers, StringComparison.Ordinal);
        Assert.Empty(repeated);
        // The seek question comes after the labels understood from the offer (issue 11).
        Assert.Contains(Escaped(host, "interview.ask_seeks"), afterOffer.Last().Text!, StringComparison.Ordinal);
        var session = await host.Service<IInterviewStore>().GetAsync("telegram:4711", CancellationToken.None);
        Assert.Equal("Mara Wiederholt", session!.Draft.Name);
        Assert.Equal("Ich bin Tontechnikerin und mische Bands live", session.Draft.Offers);
        Assert.Equal(InterviewStep.Seeks, session.Step);
    }

    /// <summary>What a crash right after handling leaves: the offset as it was before the update.</summary>
    private static async Task ForgetOffsetAsync(string databasePath, string offset, string? handled)
    {
        using var context = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = databasePath }));
        var state = new LiteDbAdapterStateStore(context);
        await state.SetAsync(UpdateOffsetTracker.OffsetKey, offset, CancellationToken.None);
        await state.SetAsync(UpdateOffsetTracker.HandledKey, handled ?? string.Empty, CancellationToken.None);
    }

    private static string Escaped(TelegramTestHost host, string key) => TelegramText.EscapeHtml(host.Texts.Get(Language.De, key))[..30];
}
