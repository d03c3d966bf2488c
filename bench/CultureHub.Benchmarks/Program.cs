using System.Diagnostics;
using System.Globalization;
using CultureHub.Analysis;
using CultureHub.Benchmarks;
using CultureHub.Core.Matching;
using CultureHub.Core.Places;

// Usage: culturehub-bench [members...]   (default 1000 10000 100000). Run one size per process for clean peak memory.
//        culturehub-bench projects [members...]   team proposal latency (default 100000).
//        culturehub-bench host-match [members...]   /match end to end in the real host with LiteDB (default 100000).
// Figures print the same on every machine (copied into RESULTS.md), whatever its culture.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var isProjects = string.Equals(args.FirstOrDefault(), "projects", StringComparison.Ordinal);
var isHostMatch = string.Equals(args.FirstOrDefault(), "host-match", StringComparison.Ordinal);
var sizeArgs = isProjects || isHostMatch ? args.Skip(1).ToArray() : args;
var sizes = sizeArgs.Length > 0 ? sizeArgs.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : isProjects || isHostMatch ? [100_000] : [1_000, 10_000, 100_000];
var taxonomy = CompetenceTaxonomy.LoadDefault();
var reader = CompetenceReading.CreateReader(taxonomy);
var texts = ExplanationTemplates.LoadDefault();
var places = Gazetteer.LoadEmbedded().Places.Where(p => p.IsInNiedersachsen).ToList();
if (isHostMatch)
{
    Console.WriteLine($"cores {Environment.ProcessorCount}; /match through MatchingRoundService.ProposeForAsync, members stored in LiteDB");
    foreach (var size in sizes)
    {
        await HostMatchBench.RunAsync(size, [.. new SyntheticMembers(taxonomy, places, seed: size).Generate(size)]);
    }

    return;
}

if (isProjects)
{
    Console.WriteLine($"cores {Environment.ProcessorCount}; team proposal for camera + video + live sound, 21 proposals (first cold)");
    foreach (var size in sizes)
    {
        await ProjectBench.RunAsync(size, taxonomy, reader, places);
    }

    return;
}

Console.WriteLine($"cores {Environment.ProcessorCount}, places {places.Count}, taxonomy entries {taxonomy.Entries.Count}");
Console.WriteLine("members | read texts | build index | full round | top5 avg / max | peak working set | GC heap after round");

foreach (var size in sizes)
{
    var raw = new SyntheticMembers(taxonomy, places, seed: size).Generate(size).ToArray();
    var clock = Stopwatch.StartNew();
    var profiles = new MatchProfile[raw.Length];
    Parallel.For(0, raw.Length, i =>
    {
        var m = raw[i];
        profiles[i] = MatchProfile.Read(m.Id, m.Name, m.Language, m.About, m.Seeks, m.Place.Name, m.Place.Location, reader);
    });
    var read = clock.Elapsed;

    clock.Restart();
    var index = new MatchIndex(profiles, taxonomy);
    var matcher = new ComplementaryMatcher(index, texts);
    var build = clock.Elapsed;

    clock.Restart();
    var round = matcher.Round(new MatchRoundOptions());
    var roundTime = clock.Elapsed;

    // The bot runs rounds again and again; the second one shows the steady state after the JIT has optimised.
    clock.Restart();
    matcher.Round(new MatchRoundOptions());
    var warmRound = clock.Elapsed;

    var seekers = profiles.Where(p => p.HasSeeks).Take(500).ToArray();
    double total = 0, worst = 0;
    foreach (var seeker in seekers)
    {
        var one = Stopwatch.StartNew();
        matcher.TopFor(seeker.Id, 5);
        var ms = one.Elapsed.TotalMilliseconds;
        total += ms;
        worst = Math.Max(worst, ms);
    }

    using var process = Process.GetCurrentProcess();
    process.Refresh();
    Console.WriteLine(
        $"{size,7} | {read.TotalSeconds,7:0.00} s | {build.TotalSeconds,8:0.00} s | {roundTime.TotalSeconds,7:0.00} s cold, {warmRound.TotalSeconds,6:0.00} s warm ({round.Count} members proposed to) " +
        $"| {total / Math.Max(1, seekers.Length),5:0.00} / {worst,5:0.00} ms | {process.PeakWorkingSet64 / 1048576.0,7:0} MB | {GC.GetTotalMemory(false) / 1048576.0,5:0} MB");
    Console.WriteLine($"{size,7} | {LiveMatchBench.Run(raw, taxonomy, reader, texts)}");
}
