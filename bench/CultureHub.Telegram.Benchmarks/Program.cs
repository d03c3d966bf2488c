using System.Diagnostics;
using System.Globalization;
using CultureHub;
using CultureHub.TestKit.Telegram;

// Updates per second for a burst of 1,000 updates from 200 chats (5 each), through the real host,
// the real Telegram.Bot client and LiteDB, against the fake Bot API on 127.0.0.1. With the argument
// "flood", one more chat first sends 300 updates and stays in flood control (its replies are held)
// for the whole run: the figure is then what the other 200 chats get while one chat is stuck.
const int Chats = 200;
const int PerChat = 5;
const int FloodUpdates = 300;
const int Runs = 5;

// Figures print the same on every machine (copied into RESULTS.md), whatever its culture.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var isFlood = args.Contains("flood", StringComparer.Ordinal);
Console.WriteLine(isFlood ? $"burst of {Chats * PerChat} updates while one chat floods {FloodUpdates} and is held" : $"burst of {Chats * PerChat} updates");
var results = new List<double>();
for (var run = 0; run <= Runs; run++)
{
    var rate = await MeasureAsync(isFlood);
    if (run > 0)
    {
        results.Add(rate);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {rate:0} updates/s"));
    }
}

results.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median of {Runs} (after a warm-up run): {results[Runs / 2]:0} updates/s"));

static async Task<double> MeasureAsync(bool isFlood)
{
    var folder = Path.Combine(Path.GetTempPath(), "culturehub-bench-" + Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    await using var api = await FakeBotApi.StartAsync();
    var app = CultureHubHost.Build([], new Dictionary<string, string?>
    {
        ["Storage:DatabasePath"] = Path.Combine(folder, "culturehub.db"),
        ["WebChat:Url"] = "http://127.0.0.1:0",
        ["Telegram:Token"] = api.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl.ToString(),
        ["Logging:LogLevel:Default"] = "Warning",
    });
    await app.StartAsync();
    await api.WaitUntilAsync(a => a.Calls("getUpdates").Count > 0);

    var users = Enumerable.Range(0, Chats).Select(i => new FakeTelegramUser(70_000 + i, $"Bench{i}")).ToList();
    var flooder = new FakeTelegramUser(69_999, "Flood");
    if (isFlood)
    {
        api.HoldChat(flooder.Id);
        for (var i = 0; i < FloodUpdates; i++)
        {
            api.Enqueue(FakeUpdates.Text(flooder, $"/flood{i}"));
        }
    }

    var last = 0;
    var clock = Stopwatch.StartNew();
    for (var round = 0; round < PerChat; round++)
    {
        foreach (var user in users)
        {
            last = api.Enqueue(FakeUpdates.Text(user, $"/seq{round}"));
        }
    }

    // The flooder's updates wait parked in the database, so the offset passing the last one means the others are all handled.
    await api.WaitUntilHandledAsync(last, TimeSpan.FromMinutes(5));
    clock.Stop();
    api.ReleaseChat(flooder.Id);
    await app.StopAsync();
    await app.DisposeAsync();
    Directory.Delete(folder, recursive: true);
    return Chats * PerChat / clock.Elapsed.TotalSeconds;
}
