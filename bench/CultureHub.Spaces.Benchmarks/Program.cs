using System.Diagnostics;
using System.Globalization;
using CultureHub;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Places;
using CultureHub.Core.Spaces;
using Microsoft.Extensions.DependencyInjection;

// /find latency over N listings (default 10,000) through the real host's ChatRouter, command, taxonomy
// reading, LiteDB kind index and distance sort. Listings are spread over every Niedersachsen place of
// the gazetteer and over all listing kinds, so a query for one kind reads about a tenth of them.
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
const int Warmup = 20;
const int Runs = 200;
string[] queries = ["Proberaum bei Cloppenburg", "PA near Oldenburg", "Raum zum Proben in Vechta", "Kamera bei Osnabrück", "Werkstatt bei Hildesheim"];

var folder = Path.Combine(Path.GetTempPath(), "culturehub-spaces-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
var app = CultureHubHost.Build([], new Dictionary<string, string?>
{
    ["Storage:DatabasePath"] = Path.Combine(folder, "culturehub.db"),
    ["WebChat:Url"] = "http://127.0.0.1:0",
    ["Logging:LogLevel:Default"] = "Warning",
    ["Introductions:SweepIntervalSeconds"] = "3600",
});
CultureHubHost.OpenStorage(app);
var store = app.Services.GetRequiredService<ISpaceStore>();
var places = app.Services.GetRequiredService<IGazetteer>().Places.Where(p => p.IsInNiedersachsen).ToList();
var kinds = ListingKinds.All.Select(k => k.Id).ToList();
var random = new Random(14);
var seed = Stopwatch.StartNew();
for (var i = 0; i < count; i++)
{
    await store.SaveListingAsync(new Listing
    {
        Id = $"l{i:000000}",
        Kind = kinds[random.Next(kinds.Count)],
        Title = $"Angebot {i}",
        Town = places[random.Next(places.Count)],
        Availability = new Availability([new WeeklyWindow((DayOfWeek)random.Next(7), 18 * 60, 23 * 60)]),
        CreatedBy = $"web:bench{i}",
        OwnerMemberId = $"bench{i}",
    }, CancellationToken.None);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} listings stored in {seed.Elapsed.TotalSeconds:0.0} s"));
var router = app.Services.GetRequiredService<ChatRouter>();
var sender = new ChatSender(new PlatformIdentity(ChatPlatform.Web, "bench"));
for (var i = 0; i < Warmup; i++)
{
    await router.HandleAsync(new CommandInput(sender, "find", queries[i % queries.Length]), CancellationToken.None);
}

var times = new List<double>(Runs);
var hits = 0;
var before = GC.GetAllocatedBytesForCurrentThread();
for (var i = 0; i < Runs; i++)
{
    var clock = Stopwatch.StartNew();
    var replies = await router.HandleAsync(new CommandInput(sender, "find", queries[i % queries.Length]), CancellationToken.None);
    times.Add(clock.Elapsed.TotalMilliseconds);
    hits += replies.Sum(r => r.Buttons.Count);
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"/find over {count:N0} listings, {Runs} queries: median {times[Runs / 2]:0.0} ms, p95 {times[(int)(Runs * 0.95)]:0.0} ms, max {times[^1]:0.0} ms; {hits / (double)Runs:0.0} results per query; ~{(GC.GetAllocatedBytesForCurrentThread() - before) / Runs / 1024.0:0} KB allocated per query (this thread); peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MB"));
await app.DisposeAsync();
Directory.Delete(folder, recursive: true);
