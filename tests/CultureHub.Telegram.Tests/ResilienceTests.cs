using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CultureHub.Core.Chat;
using CultureHub.Resilience;
using CultureHub.TestKit.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Telegram.Tests;

/// <summary>The one retry policy against the fake Bot API, and the supervisor that restarts the adapter.</summary>
public sealed class ResilienceTests
{
    private static readonly string[] RecoveringStates = ["restarting", "connecting"];

    [Fact]
    public async Task SendMessage_BadGatewayTwice_IsRetriedAndDeliveredOnce()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(7001, "Rita");
        host.Api.FailNext("sendMessage", 502, "Bad Gateway", chatId: user.Id);
        host.Api.FailNext("sendMessage", 502, "Bad Gateway", chatId: user.Id);

        var attempts = await host.SayAsync(user, "/help");

        Assert.Equal(3, attempts.Count(a => a.Text == attempts[0].Text));
        Assert.Single(host.Api.DeliveredTo(user.Id), m => m.Text == attempts[0].Text);
    }

    [Fact]
    public async Task GetMe_AttemptTimesOut_IsRetriedAndTheAdapterStarts()
    {
        await using var host = await TelegramTestHost.StartAsync(new() { ["Resilience:AttemptTimeout"] = "00:00:00.500" }, isStarted: false);
        host.Api.HangNext("getMe", TimeSpan.FromMinutes(1));
        await host.StartHostAsync();
        var user = new FakeTelegramUser(7002, "Timo");

        var replies = await host.SayAsync(user, "/help");

        Assert.NotEmpty(replies);
        Assert.Equal(2, host.Api.Calls("getMe").Count);
    }

    [Fact]
    public async Task LoopFailsUnexpectedly_AdapterIsRestartedAndReadinessSaysSoMeanwhile()
    {
        var store = new FailingStateStore();
        await using var host = await TelegramTestHost.StartAsync(configure: services => services.AddSingleton<IAdapterStateStore>(sp =>
            store.Wrap(ActivatorUtilities.CreateInstance<Storage.LiteDbAdapterStateStore>(sp))));
        using var http = new HttpClient { BaseAddress = CultureHubHost.ListeningAddress(host.App) };
        var status = host.App.Services.GetRequiredKeyedService<AdapterStatus>(TelegramServiceCollectionExtensions.AdapterName);

        await WaitUntilAsync(() => status.Restarts >= 2);
        var (notReady, failing) = await ReadyAsync(http);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, notReady);
        Assert.Equal("not_ready", failing.GetProperty("status").GetString());
        var telegram = failing.GetProperty("checks").GetProperty("telegram");
        Assert.Contains(telegram.GetProperty("state").GetString(), RecoveringStates);
        Assert.Equal("ready", failing.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());

        store.IsFailing = false;
        await WaitUntilAsync(() => status.IsRunning);
        var replies = await host.SayAsync(new FakeTelegramUser(7003, "Rene"), "/help");
        var (ready, running) = await ReadyAsync(http);

        Assert.NotEmpty(replies);
        Assert.Equal(HttpStatusCode.OK, ready);
        Assert.Equal("running", running.GetProperty("checks").GetProperty("telegram").GetProperty("state").GetString());
        Assert.True(running.GetProperty("checks").GetProperty("telegram").GetProperty("restarts").GetInt32() >= 2);
        Assert.Equal("ok", (await http.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task BadToken_Readiness_ReportsTheAdapterStoppedWithItsReason()
    {
        await using var host = await TelegramTestHost.StartAsync(new() { ["Telegram:Token"] = "999:wrong-token" });
        using var http = new HttpClient { BaseAddress = CultureHubHost.ListeningAddress(host.App) };
        var status = host.App.Services.GetRequiredKeyedService<AdapterStatus>(TelegramServiceCollectionExtensions.AdapterName);
        await WaitUntilAsync(() => status.State == AdapterState.Stopped);

        var (code, body) = await ReadyAsync(http);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, code);
        var telegram = body.GetProperty("checks").GetProperty("telegram");
        Assert.Equal("stopped", telegram.GetProperty("state").GetString());
        Assert.Contains("401", telegram.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-token", body.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(0, status.Restarts);
    }

    private static async Task<(HttpStatusCode Code, JsonElement Body)> ReadyAsync(HttpClient http)
    {
        using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(20, patience.Token);
        }
    }

    /// <summary>The adapter's state store, failing on demand the way a broken disk would.</summary>
    private sealed class FailingStateStore
    {
        public bool IsFailing { get; set; } = true;

        public IAdapterStateStore Wrap(IAdapterStateStore inner) => new Failing(this, inner);

        private sealed class Failing(FailingStateStore owner, IAdapterStateStore inner) : IAdapterStateStore
        {
            public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
                owner.IsFailing ? throw new IOException("disk gone") : inner.GetAsync(key, cancellationToken);

            public Task SetAsync(string key, string value, CancellationToken cancellationToken) => inner.SetAsync(key, value, cancellationToken);
        }
    }
}
