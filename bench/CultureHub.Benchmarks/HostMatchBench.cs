using System.Diagnostics;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Benchmarks;

/// <summary>
/// <c>/match</c> end to end in the real host: the community read from LiteDB, the kept index, the
/// proposal stored and sent. One member's profile is edited before each call, as in a living community.
/// </summary>
internal static class HostMatchBench
{
    public static async Task RunAsync(int size, IReadOnlyList<(string Id, string Name, Language Language, string About, string Seeks, Place Place)> raw, int calls = 100)
    {
        var folder = Path.Combine(Path.GetTempPath(), "culturehub-match-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = Path.Combine(folder, "culturehub.db"),
                ["WebChat:Url"] = "http://127.0.0.1:0",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            var clock = Stopwatch.StartNew();
            await using (var filling = CultureHubHost.Build([], settings))
            {
                var store = filling.Services.GetRequiredService<IMemberStore>();
                foreach (var m in raw)
                {
                    await store.UpsertAsync(SyntheticMembers.ToMember(m), CancellationToken.None);
                }
            }

            var stored = clock.Elapsed;

            // A restart on the filled database: what the start reads ahead, then the first /match and the rest.
            var app = CultureHubHost.Build([], settings);
            await using (app)
            {
                var members = app.Services.GetRequiredService<IMemberStore>();
                var rounds = app.Services.GetRequiredService<MatchingRoundService>();
                clock.Restart();
                var readAhead = await rounds.WarmUpAsync(CancellationToken.None);
                var warm = clock.Elapsed;

                var seekers = raw.Where(m => m.Seeks.Length > 0).Select(m => m.Id).ToList();
                var random = new Random(11);
                clock.Restart();
                await rounds.ProposeForAsync((await members.GetAsync(seekers[0], CancellationToken.None))!, "bench", CancellationToken.None);
                var first = clock.Elapsed;

                var times = new List<double>(calls);
                for (var i = 0; i < calls; i++)
                {
                    var edited = raw[random.Next(raw.Count)].Id;
                    await members.UpdateAsync(edited, m => m with { Offers = m.Offers + " Auch Grafik." }, CancellationToken.None);
                    var seeker = (await members.GetAsync(seekers[random.Next(seekers.Count)], CancellationToken.None))!;
                    var one = Stopwatch.StartNew();
                    await rounds.ProposeForAsync(seeker, "bench", CancellationToken.None);
                    times.Add(one.Elapsed.TotalMilliseconds);
                }

                times.Sort();
                using var process = Process.GetCurrentProcess();
                Console.WriteLine(
                    $"{size,7} | stored in {stored.TotalSeconds:0.0} s | after a restart: read ahead at start {warm.TotalSeconds:0.00} s ({readAhead} profiles), " +
                    $"/match in the host: first {first.TotalSeconds:0.00} s, " +
                    $"then one profile edited before each: median {times[times.Count / 2]:0.0} ms, p95 {times[(int)(times.Count * 0.95)]:0.0} ms, max {times[^1]:0.0} ms " +
                    $"over {calls} | peak working set {process.PeakWorkingSet64 / 1048576.0:0} MB");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
