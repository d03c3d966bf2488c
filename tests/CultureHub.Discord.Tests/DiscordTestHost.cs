using System.Text.Json;
using CultureHub.Discord.Bot;
using CultureHub.TestKit.Discord;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Discord.Tests;

/// <summary>The real CultureHub host wired to a fake Discord, with its database in a temp folder.</summary>
public sealed class DiscordTestHost : IAsyncDisposable
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _folder;

    private DiscordTestHost(FakeDiscordServer server, WebApplication app, string folder)
    {
        Server = server;
        App = app;
        _folder = folder;
    }

    public FakeDiscordServer Server { get; }

    public FakeDiscordGateway Gateway => Server.Gateway;

    public WebApplication App { get; }

    public DiscordEventRouter Router => App.Services.GetRequiredService<DiscordEventRouter>();

    public static async Task<DiscordTestHost> StartAsync(Action<FakeDiscordServer>? arrange = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var server = await FakeDiscordServer.StartAsync();
        arrange?.Invoke(server);
        var folder = Directory.CreateTempSubdirectory("culturehub-discord-").FullName;
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = Path.Combine(folder, "test.db"),
            ["WebChat:Url"] = "http://127.0.0.1:0",
            ["Discord:Token"] = "test-token",
            ["Discord:GatewayUrl"] = server.Gateway.Url,
            ["Discord:ApiBaseUrl"] = server.ApiBaseUrl,
            ["Discord:GuildIds:0"] = "1300000000000000001",
            ["Discord:IntroductionsChannelId"] = "1400000000000000001",
            ["Resilience:FirstDelay"] = "00:00:00.020",
            ["Resilience:MaxDelay"] = "00:00:00.200",
            ["Discord:InvalidSessionMinDelay"] = "00:00:00.010",
            ["Discord:InvalidSessionMaxDelay"] = "00:00:00.050",
            ["Discord:IdentifyWindow"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = CultureHubHost.Build([], overrides);
        await app.StartAsync();
        return new DiscordTestHost(server, app, folder);
    }

    /// <summary>Waits until the client identified and received READY.</summary>
    public Task WaitForReadyAsync() => WaitUntilAsync(() => Router.HandledCount >= 1 && Gateway.FramesWithOp(2).Any());

    /// <summary>Sends a dispatch and waits until the bot finished handling it.</summary>
    public async Task<long> DispatchAndWaitAsync(string type, object data)
    {
        var before = Router.HandledCount;
        var seq = await Gateway.DispatchAsync(type, data);
        await WaitUntilAsync(() => Router.HandledCount > before);
        return seq;
    }

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        using var cancellation = new CancellationTokenSource(timeout ?? Patience);
        while (!condition())
        {
            await Task.Delay(20, cancellation.Token);
        }
    }

    public static JsonElement LastButtons(IEnumerable<RecordedRequest> messages) =>
        messages.Last(m => m.Json.TryGetProperty("components", out _)).Json.GetProperty("components");

    public static IEnumerable<string> ButtonIds(JsonElement components) =>
        components.EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Select(button => button.GetProperty("custom_id").GetString()!);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await Server.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
