using System.Diagnostics;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;

namespace CultureHub.Benchmarks;

/// <summary>
/// <c>/match</c> as the bot runs it: the offline source is handed the whole community each time, with
/// one member's profile edited since the previous call, and answers one member's top 5 from its kept index.
/// </summary>
internal static class LiveMatchBench
{
    public static string Run(
        IReadOnlyList<(string Id, string Name, Language Language, string About, string Seeks, Place Place)> raw,
        CompetenceTaxonomy taxonomy, ProfileReader reader, ExplanationTemplates texts, int calls = 300)
    {
        var members = raw.Select(SyntheticMembers.ToMember).ToList();
        var source = new OfflineMatchSource(new CommunityIndex(taxonomy, reader), texts, TextCatalog.LoadEmbedded());
        var seekers = members.Where(m => m.Seeks.Length > 0).ToList();
        var random = new Random(7);

        var clock = Stopwatch.StartNew();
        source.ForMemberAsync(seekers[0], members, (_, _) => false, 5, CancellationToken.None).GetAwaiter().GetResult();
        var first = clock.Elapsed;

        var times = new List<double>(calls);
        for (var i = 0; i < calls; i++)
        {
            var edited = random.Next(members.Count);
            members[edited] = members[edited] with { Offers = members[edited].Offers + " Auch Grafik." };
            var seeker = seekers[random.Next(seekers.Count)];
            var one = Stopwatch.StartNew();
            source.ForMemberAsync(seeker, members, (_, _) => false, 5, CancellationToken.None).GetAwaiter().GetResult();
            times.Add(one.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return $"/match: first call (reads everyone) {first.TotalSeconds:0.00} s; then with one profile edited before each call " +
            $"median {times[times.Count / 2]:0.00} ms, p95 {times[(int)(times.Count * 0.95)]:0.00} ms, max {times[^1]:0.00} ms over {calls} calls";
    }
}
