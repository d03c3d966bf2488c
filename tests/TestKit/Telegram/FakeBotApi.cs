using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CultureHub.TestKit.Telegram;

/// <summary>
/// A Telegram Bot API on 127.0.0.1 speaking the real JSON (<c>{"ok":true,"result":…}</c>). It keeps
/// an update queue that <c>getUpdates</c> serves from its <c>offset</c> (forgetting everything below,
/// like Telegram), records every request, and fails calls on demand.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeBotState _state;

    private FakeBotApi(WebApplication app, FakeBotState state)
    {
        _app = app;
        _state = state;
    }

    public static FakeTelegramUser Bot { get; } = new(9_000_000, "CultureHub", "culturehub_test_bot");

    public string Token { get; private init; } = string.Empty;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The longest a long poll is held (short, so tests stay quick).</summary>
    public TimeSpan LongPollWait { get => _state.LongPollWait; set => _state.LongPollWait = value; }

    /// <summary>Added to every sendMessage, to make a batch take a while.</summary>
    public TimeSpan SendDelay { get => _state.SendDelay; set => _state.SendDelay = value; }

    public static async Task<FakeBotApi> StartAsync(string token = "123456:TEST-fake-token")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 20 * 1024 * 1024);
        var app = builder.Build();
        var state = new FakeBotState(token, Bot);
        app.Run(context => FakeBotEndpoint.HandleAsync(state, context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeBotApi(app, state) { Token = token, BaseUrl = new Uri(address) };
    }

    /// <summary>Queues an update and returns its update_id.</summary>
    public int Enqueue(JsonObject update) => _state.Enqueue(update);

    /// <summary>Serves <paramref name="update"/> again as <paramref name="updateId"/>: what Telegram does after a crash before the offset was confirmed.</summary>
    public void Redeliver(int updateId, JsonObject update) => _state.Redeliver(updateId, update);

    public IReadOnlyList<FakeBotRequest> Requests => _state.Snapshot();

    public IReadOnlyList<FakeBotRequest> Calls(string method) => [.. Requests.Where(r => r.Method == method)];

    /// <summary>Messages and documents the bot sent to this chat, oldest first.</summary>
    public IReadOnlyList<FakeBotRequest> MessagesTo(long chatId) => [.. Requests.Where(r => r.IsMessage && r.ChatId == chatId)];

    /// <summary>Messages to this chat that got Telegram's answer, oldest first: what the member saw (a held or failed call is left out).</summary>
    public IReadOnlyList<FakeBotRequest> DeliveredTo(long chatId) => [.. MessagesTo(chatId).Where(_state.WasAnswered)];

    /// <summary>The next call of <paramref name="method"/> (to <paramref name="chatId"/>, if given) fails like Telegram would.</summary>
    public void FailNext(string method, int errorCode, string description, int? retryAfter = null, long? chatId = null) =>
        _state.AddFailure(new FakeBotFailure(method, chatId, errorCode, description, retryAfter));

    /// <summary>The next call of <paramref name="method"/> answers only after <paramref name="duration"/> (a slow or dead connection).</summary>
    public void HangNext(string method, TimeSpan duration) => _state.AddHang(method, duration);

    /// <summary>Messages to the chat are not answered until <see cref="ReleaseChat"/>: a chat that is slow or in flood control.</summary>
    public void HoldChat(long chatId) => _state.Hold(chatId);

    public void ReleaseChat(long chatId) => _state.Release(chatId);

    /// <summary>Waits until the bot asked for updates from beyond <paramref name="updateId"/>: then it has handled it.</summary>
    public Task WaitUntilHandledAsync(int updateId, TimeSpan? patience = null) =>
        WaitUntilAsync(api => api.Calls("getUpdates").Any(r => r.Offset > updateId), patience);

    public async Task WaitUntilAsync(Func<FakeBotApi, bool> condition, TimeSpan? patience = null)
    {
        using var timeout = new CancellationTokenSource(patience ?? TimeSpan.FromSeconds(30));
        while (!condition(this))
        {
            try
            {
                await _state.NextRequestAsync(timeout.Token);
            }
            catch (OperationCanceledException exception)
            {
                throw new TimeoutException("The fake Bot API did not see what the test waited for.", exception);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _state.Close();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
