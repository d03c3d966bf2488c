using System.Diagnostics;
using CultureHub;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

// Usage: culturehub-erasure-bench [deletions] [members...]   (default 100 deletions at 1000 and 10000 members).
// Measures what /delete costs at a size: the whole database is rebuilt so that no byte of the member
// stays, and no copy may be left beside it.
// Figures print the same on every machine (copied into RESULTS.md), whatever its culture.
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
var deletions = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 100;
var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
Console.WriteLine($"cores {Environment.ProcessorCount}; {deletions} deletions per size");
Console.WriteLine("members | database | erase avg / max | files in the data folder after the deletions");

foreach (var size in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "culturehub-erasure-bench", Guid.NewGuid().ToString("N"));
    Directory.CreateDirectory(folder);
    try
    {
        var databasePath = Path.Combine(folder, "culturehub.db");
        var app = CultureHubHost.Build([], new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["WebChat:Url"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await using (app)
        {
            var members = app.Services.GetRequiredService<IMemberStore>();
            var introductions = app.Services.GetRequiredService<IIntroductionStore>();
            for (var i = 0; i < size; i++)
            {
                await members.UpsertAsync(SyntheticMember(i), CancellationToken.None);
                if (i > 0 && i % 3 == 0)
                {
                    await introductions.SaveAsync(SyntheticIntroduction(i), CancellationToken.None);
                }
            }

            var privacy = app.Services.GetRequiredService<PrivacyService>();
            var times = new List<double>();
            for (var i = 0; i < deletions; i++)
            {
                var member = (await members.GetAsync($"m{i * (size / deletions)}", CancellationToken.None))!;
                var clock = Stopwatch.StartNew();
                await privacy.EraseAsync(member, new PlatformIdentity(ChatPlatform.Web, $"u{i}"), CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }

            var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            var megabytes = new FileInfo(databasePath).Length / 1048576.0;
            Console.WriteLine($"{size,7} | {megabytes,6:0.0} MB | {times.Average(),7:0} / {times.Max(),6:0} ms | {files.Count}: {string.Join(", ", files)}");
        }
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static Member SyntheticMember(int i) => new()
{
    Id = $"m{i}",
    DisplayName = $"Mitglied {i}",
    Offers = $"Ich bin Tontechnikerin Nummer {i}, mische Bands live und nehme im eigenen Studio in Oldenburg Demos auf.",
    Seeks = "Eine Sängerin für unsere Band, gern mit eigenen Texten, und jemanden, der Plattencover gestaltet.",
    Links = [$"https://example.org/member/{i}"],
    OfferTags = [new CompetenceTag("live_sound", 0.9), new CompetenceTag("recording", 0.7)],
    SeekTags = [new CompetenceTag("vocals", 0.8)],
    Sectors = [Sector.Music],
    Consent = new ConsentRecord("2026-11", DateTimeOffset.UnixEpoch),
    Identities = [new PlatformIdentity(ChatPlatform.Telegram, (100_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))],
};

static Introduction SyntheticIntroduction(int i) => new()
{
    Id = $"i{i}",
    First = new IntroductionSide($"m{i}", IntroductionAnswer.Yes, "Ihr ergänzt euch: Live-Ton und Gesang."),
    Second = new IntroductionSide($"m{i - 1}", IntroductionAnswer.Pending, "Ihr ergänzt euch: Gesang und Live-Ton."),
    ProposedAt = DateTimeOffset.UnixEpoch,
    ExpiresAt = DateTimeOffset.UnixEpoch.AddDays(7),
};
