using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Telegram.Polling;
using CultureHub.TestKit.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CultureHub.Telegram.Tests;

public sealed class PollingTests
{
    [Fact]
    public async Task Restart_MidBatch_HandlesEveryUpdateExactlyOnce()
    {
        await using var host = await TelegramTestHost.StartAsync();
        host.Api.SendDelay = TimeSpan.FromMilliseconds(40);
        await host.Api.WaitUntilAsync(api => api.Calls("getUpdates").Count > 0);
        var users = Enumerable.Range(0, 12).Select(i => new FakeTelegramUser(2000 + i, $"U{i}")).ToList();
        var ids = new List<int>();
        for (var round = 0; round < 5; round++)
        {
            ids.AddRange(users.Select(u => host.Api.Enqueue(FakeUpdates.Text(u, $"/round{round}"))));
        }

        await host.Api.WaitUntilAsync(api => api.Calls("sendMessage").Count >= 10);
        await host.StopHostAsync();
        var answeredBeforeRestart = host.Api.Calls("sendMessage").Count;
        host.Api.SendDelay = TimeSpan.Zero;
        await host.StartHostAsync();
        await host.Api.WaitUntilHandledAsync(ids.Max());

        Assert.True(answeredBeforeRestart >= 10);
        foreach (var user in users)
        {
            var unknown = host.Api.MessagesTo(user.Id).Where(m => m.Text!.Contains("/round", StringComparison.Ordinal)).Select(m => m.Text!).ToList();
            Assert.Equal(Enumerable.Range(0, 5).Select(r => $"/round{r}"), unknown.Select(t => t[t.IndexOf("/round", StringComparison.Ordinal)..].Split(' ')[0]));
        }
    }

    [Fact]
    public async Task Burst_1000UpdatesFrom200Chats_AllAnsweredInOrder()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var users = Enumerable.Range(0, 200).Select(i => new FakeTelegramUser(30_000 + i, $"B{i}")).ToList();
        var last = 0;
        for (var round = 0; round < 5; round++)
        {
            foreach (var user in users)
            {
                last = host.Api.Enqueue(FakeUpdates.Text(user, $"/seq{round}"));
            }
        }

        await host.Api.WaitUntilHandledAsync(last, TimeSpan.FromMinutes(3));

        foreach (var user in users)
        {
            var order = host.Api.MessagesTo(user.Id).Select(m => m.Text!).Where(t => t.Contains("/seq", StringComparison.Ordinal))
                .Select(t => t[t.IndexOf("/seq", StringComparison.Ordinal)..].Split(' ')[0]).ToList();
            Assert.Equal(["/seq0", "/seq1", "/seq2", "/seq3", "/seq4"], order);
        }
    }

    [Fact]
    public async Task GetUpdates_ServerErrors_KeepsPolling()
    {
        await using var host = await TelegramTestHost.StartAsync(isStarted: false);
        host.Api.FailNext("getUpdates", 502, "Bad Gateway");
        host.Api.FailNext("getUpdates", 502, "Bad Gateway");
        await host.StartHostAsync();
        var user = new FakeTelegramUser(4001, "Nia");

        var replies = await host.SayAsync(user, "/help");

        Assert.NotEmpty(replies);
        Assert.True(host.Api.Calls("getUpdates").Count >= 3);
    }

    [Fact]
    public async Task BadToken_Unauthorized_StopsAdapterButHostRuns()
    {
        await using var host = await TelegramTestHost.StartAsync(new() { ["Telegram:Token"] = "999:wrong-token" });
        var poller = host.App.Services.GetServices<IHostedService>().OfType<TelegramPollingService>().Single();

        await poller.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Single(host.Api.Calls("getMe"));
        Assert.Empty(host.Api.Calls("getUpdates"));
        Assert.False(host.Service<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Startup_SetsCommandMenu_InGermanAndEnglish()
    {
        await using var host = await TelegramTestHost.StartAsync();
        await host.Api.WaitUntilAsync(api => api.Calls("setMyCommands").Count == 2);

        var menus = host.Api.Calls("setMyCommands");
        Assert.Null(menus[0].Parameters["language_code"]);
        Assert.Equal("en", menus[1].Parameters["language_code"]!.ToString());
        var english = menus[1].Parameters["commands"]!.AsArray().Select(c => c!["description"]!.ToString()).ToList();
        Assert.Contains(host.Texts.Get(Language.En, "command.profile"), english);
        var german = menus[0].Parameters["commands"]!.AsArray().Select(c => c!["command"]!.ToString()).ToList();
        Assert.Contains("start", german);
        Assert.Contains("profile", german);
    }
}
