using System.Text.Json.Nodes;
using CultureHub.Core.Texts;
using CultureHub.TestKit.Telegram;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Telegram.Tests;

/// <summary>The real CultureHub host talking to a fake Bot API, with its own port and temp folder.</summary>
public sealed class TelegramTestHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "culturehub-tg-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _extra;
    private readonly Action<IServiceCollection>? _configure;

    private TelegramTestHost(FakeBotApi api, Dictionary<string, string?> extra, Action<IServiceCollection>? configure)
    {
        Api = api;
        _extra = extra;
        _configure = configure;
        Directory.CreateDirectory(_folder);
    }

    public FakeBotApi Api { get; }

    public WebApplication App { get; private set; } = null!;

    public TextCatalog Texts => Service<TextCatalog>();

    public static async Task<TelegramTestHost> StartAsync(Dictionary<string, string?>? extra = null, bool isStarted = true, Action<IServiceCollection>? configure = null)
    {
        var host = new TelegramTestHost(await FakeBotApi.StartAsync(), extra ?? [], configure);
        if (isStarted)
        {
            await host.StartHostAsync();
        }

        return host;
    }

    public async Task StartHostAsync()
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(_folder, "culturehub.db"),
            ["WebChat:Url"] = "http://127.0.0.1:0",
            ["Telegram:Token"] = Api.Token,
            ["Telegram:ApiBaseUrl"] = Api.BaseUrl.ToString(),
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Resilience:FirstDelay"] = "00:00:00.020",
            ["Resilience:MaxDelay"] = "00:00:00.200",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in _extra)
        {
            overrides[key] = value;
        }

        App = CultureHubHost.Build([], overrides, _configure);
        await App.StartAsync();
    }

    /// <summary>What the member saw in the chat: the delivered messages' texts, oldest first.</summary>
    public IReadOnlyList<string> SeenBy(long chatId) => [.. Api.DeliveredTo(chatId).Select(m => m.Text ?? string.Empty)];

    public async Task StopHostAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    public T Service<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Sends one update and returns what the bot sent to that chat while handling it.</summary>
    public async Task<IReadOnlyList<FakeBotRequest>> SayAsync(long chatId, JsonObject update)
    {
        var before = Api.MessagesTo(chatId).Count;
        var id = Api.Enqueue(update);
        await Api.WaitUntilHandledAsync(id);
        return [.. Api.MessagesTo(chatId).Skip(before)];
    }

    public Task<IReadOnlyList<FakeBotRequest>> SayAsync(FakeTelegramUser user, string text) => SayAsync(user.Id, FakeUpdates.Text(user, text));

    public Task<IReadOnlyList<FakeBotRequest>> PressAsync(FakeTelegramUser user, string data) => SayAsync(user.Id, FakeUpdates.Button(user, data));

    public async ValueTask DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        await Api.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
