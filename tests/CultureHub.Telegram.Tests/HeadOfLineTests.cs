using CultureHub.Core.Chat;
using CultureHub.Telegram.Polling;
using CultureHub.TestKit.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CultureHub.Telegram.Tests;

/// <summary>One slow or flooding chat must not stop the others, and what it sent is never lost.</summary>
public sealed class HeadOfLineTests
{
    [Fact]
    public async Task FloodingChat_100QueuedUpdates_AnotherChatIsAnsweredMeanwhile()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var flooder = new FakeTelegramUser(6001, "Flo");
        var other = new FakeTelegramUser(6002, "Ruth");
        host.Api.HoldChat(flooder.Id);
        foreach (var i in Enumerable.Range(0, 100))
        {
            host.Api.Enqueue(FakeUpdates.Text(flooder, $"/flood{i}"));
        }

        var replies = await host.SayAsync(other, "/help");

        Assert.NotEmpty(replies);
        Assert.Empty(host.Api.DeliveredTo(flooder.Id));
        Assert.True(host.Service<UpdateOffsetTracker>().ParkedCount >= 90);
        host.Api.ReleaseChat(flooder.Id);
        await host.Api.WaitUntilAsync(api => Commands(api, flooder, "/flood").Count == 100, TimeSpan.FromMinutes(2));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"/flood{i}"), Commands(host.Api, flooder, "/flood"));
        await WaitUntilNothingPendingAsync(host);
    }

    [Fact]
    public async Task SlowChat_HoldsTheOffset_PollingMovesPastItAfterTheStallLimit()
    {
        await using var host = await TelegramTestHost.StartAsync(new() { ["Telegram:StalledChatSeconds"] = "1" });
        var slow = new FakeTelegramUser(6101, "Sly");
        host.Api.HoldChat(slow.Id);
        host.Api.Enqueue(FakeUpdates.Text(slow, "/slow0"));

        // More than one getUpdates batch (100) of others: without moving past the slow chat, the rest would never be fetched.
        var others = Enumerable.Range(0, 150).Select(i => new FakeTelegramUser(6200 + i, $"O{i}")).ToList();
        foreach (var user in others)
        {
            host.Api.Enqueue(FakeUpdates.Text(user, "/other"));
        }

        await host.Api.WaitUntilAsync(api => others.All(u => api.DeliveredTo(u.Id).Count > 0), TimeSpan.FromMinutes(1));

        Assert.Empty(host.Api.DeliveredTo(slow.Id));
        Assert.Equal(1, host.Service<UpdateOffsetTracker>().ParkedCount);
        host.Api.ReleaseChat(slow.Id);
        await host.Api.WaitUntilAsync(api => Commands(api, slow, "/slow").Count == 1);
        await WaitUntilNothingPendingAsync(host);
    }

    [Fact]
    public async Task Restart_WhileAChatIsParked_AnswersEachOfItsUpdatesOnceInOrder()
    {
        await using var host = await TelegramTestHost.StartAsync(
            configure: services => services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMilliseconds(300)));
        var busy = new FakeTelegramUser(6301, "Bea");
        var other = new FakeTelegramUser(6302, "Olli");
        host.Api.HoldChat(busy.Id);
        var ids = Enumerable.Range(0, 30).Select(i => host.Api.Enqueue(FakeUpdates.Text(busy, $"/park{i}"))).ToList();
        await host.SayAsync(other, "/help");

        // The poller asked past all of them, so the fake Bot API (like Telegram) has forgotten them.
        Assert.Contains(host.Api.Calls("getUpdates"), r => r.Offset > ids.Max());
        await host.StopHostAsync();
        Assert.Empty(host.Api.DeliveredTo(busy.Id));
        host.Api.ReleaseChat(busy.Id);
        await host.StartHostAsync();
        await host.Api.WaitUntilAsync(api => Commands(api, busy, "/park").Count == 30, TimeSpan.FromMinutes(1));

        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"/park{i}"), Commands(host.Api, busy, "/park"));
        await WaitUntilNothingPendingAsync(host);
    }

    /// <summary>The commands the member saw answered, in order (the unknown-command reply names the command).</summary>
    private static List<string> Commands(FakeBotApi api, FakeTelegramUser user, string prefix) =>
        [.. api.DeliveredTo(user.Id).Select(m => m.Text ?? string.Empty).Where(t => t.Contains(prefix, StringComparison.Ordinal))
            .Select(t => t[t.IndexOf(prefix, StringComparison.Ordinal)..].Split(' ', '\n')[0])];

    private static async Task WaitUntilNothingPendingAsync(TelegramTestHost host)
    {
        var store = host.Service<IPendingUpdateStore>();
        var tracker = host.Service<UpdateOffsetTracker>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await store.ListAsync(UpdateBacklog.Source, default)).Count > 0 || tracker.ParkedCount > 0)
        {
            await Task.Delay(20, patience.Token);
        }
    }
}
