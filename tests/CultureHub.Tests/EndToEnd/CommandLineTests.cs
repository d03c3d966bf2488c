using System.Diagnostics;
using CultureHub.Cli;
using CultureHub.Core.Insights;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Tests.EndToEnd;

public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static string DevelopmentMembers => Path.Combine(RepositoryRoot.Find(), "..", "shared", "data", "matching", "members.json");

    [Fact]
    public async Task ImportThenExport_RoundTripsTheDevelopmentSetExactly()
    {
        var database = $"--Storage:DatabasePath={_folder.File("import.db")}";
        var output = new StringWriter();
        var error = new StringWriter();

        var imported = await CommandLine.RunAsync(["import", "--members", DevelopmentMembers, database], output, error, CancellationToken.None);
        var again = await CommandLine.RunAsync(["import", "--members", DevelopmentMembers, database], output, error, CancellationToken.None);
        var exported = await CommandLine.RunAsync(["export", "--out", _folder.File("out.json"), database], output, error, CancellationToken.None);

        Assert.Equal(0, imported + again + exported);
        Assert.Contains("100 new", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 new, 100 updated", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(DevelopmentMembers), await File.ReadAllTextAsync(_folder.File("out.json")));
    }

    [Fact]
    public async Task BadConfiguration_IsOneClearLine()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["export", "--out", _folder.File("x.json"), $"--Storage:DatabasePath={_folder.File("c.db")}", "--Privacy:ConsentVersion=has spaces!"],
            TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error:", line, StringComparison.Ordinal);
        Assert.Contains("ConsentVersion", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--Hubs:0:Staff:0=web:hub-admin", "Hubs")]
    [InlineData("--Dashboard:StaffIdentities:0=Web:coordinator", "Dashboard:StaffIdentities")]
    public async Task WebIdentityAsStaff_IsRefusedAtStart_InOneLine(string setting, string named)
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["export", "--out", _folder.File("w.json"), $"--Storage:DatabasePath={_folder.File("w.db")}", setting], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Configuration error:", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Contains("web:", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("w.json")));
    }

    [Fact]
    public async Task OldTimeZoneSetting_SaysWhereItMoved()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["export", "--out", _folder.File("z.json"), $"--Storage:DatabasePath={_folder.File("z.db")}", "--Introductions:TimeZone=Europe/Vienna"],
            TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Region:TimeZone", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OldHubDiscordChannelSetting_SaysWhereItMoved()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["export", "--out", _folder.File("d.json"), $"--Storage:DatabasePath={_folder.File("d.db")}", "--Hubs:2:DiscordChannelId=1450000000000000001"],
            TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Discord:HubChannels:<hub id>", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnbindableNumber_IsOneClearLine()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(
            ["export", "--out", _folder.File("n.json"), $"--Storage:DatabasePath={_folder.File("n.db")}", "--Introductions:SweepIntervalSeconds=often"],
            TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(2, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Introductions:SweepIntervalSeconds", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondProcess_OnTheSameDatabase_RefusesToStart()
    {
        var database = _folder.File("locked.db");
        await using var host = await RunningHost.StartAsync(database);
        var assembly = typeof(CommandLine).Assembly.Location;

        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { assembly, "export", "--out", _folder.File("y.json"), $"--Storage:DatabasePath={database}" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(3, process.ExitCode);
        Assert.Contains("in use by another CultureHub instance", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_SaysSo()
    {
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["import", "--members", _folder.File("nope.json")], TextWriter.Null, error, CancellationToken.None);

        Assert.Equal(1, code);
        Assert.Contains("No such file", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BandsThatPlay_AreMusicOnTheDashboardNeverGames_AndCorrectionsRoundTrip()
    {
        var bands = new[]
        {
            "Wir spielen Gitarre, Bass, Drums",
            "Wir spielen Indie-Rock mit zwei Gitarren und Schlagzeug",
            "Wir sind eine Band und spielen auf Stadtfesten",
            "Ich spiele Bass in einer Punkband",
            "Wir spielen Folk mit Geige und Akkordeon",
            "Wir spielen live, Gitarre und Gesang",
        };
        var corrected = new MemberFileCorrections(RemovedOffers: ["bass"], AddedSeeks: ["rehearsal_room"]);
        var entries = bands.Select((about, i) => new MemberFileEntry($"band{i}", $"Band {i}", "Oldenburg", "de", about, "Auftritte", i == 0 ? corrected : null));
        var input = _folder.File("bands.json");
        await new MemberFile([.. entries]).WriteAsync(input, CancellationToken.None);
        var database = _folder.File("bands.db");

        var imported = await CommandLine.RunAsync(["import", "--members", input, $"--Storage:DatabasePath={database}"], TextWriter.Null, TextWriter.Null, CancellationToken.None);
        var exported = await CommandLine.RunAsync(["export", "--out", _folder.File("bands-out.json"), $"--Storage:DatabasePath={database}"], TextWriter.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(0, imported + exported);
        Assert.Equal(await File.ReadAllTextAsync(input), await File.ReadAllTextAsync(_folder.File("bands-out.json")));
        await using var host = await RunningHost.StartAsync(database);
        var sectors = (await host.Get<InsightsService>().BuildAsync(InsightsPeriod.All, CancellationToken.None)).Table("members_by_sector")!;
        Assert.Equal(6, sectors.Cell("music", "members")!.Number);
        Assert.Equal(0, sectors.Cell("games", "members")!.Number);
        var first = (await host.Get<IMemberStore>().GetAsync("band0", CancellationToken.None))!;
        Assert.DoesNotContain(first.OfferTags, t => t.CompetenceId == "bass");
        Assert.Contains(first.SeekTags, t => t.CompetenceId == "rehearsal_room" && t.IsConfirmed);
    }

    public void Dispose() => _folder.Dispose();
}
