using CultureHub.TestKit;

namespace CultureHub.Tests.EndToEnd;

/// <summary>The executable's help, usage errors and start-up validation, as a shell sees them.</summary>
public sealed class CommandLineHelpTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Help_OnTheRoot_ListsEveryCommandAndExitsZero()
    {
        var result = await CultureHubProcess.RunAsync(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        foreach (var command in new[] { "import", "export", "match", "hash-password", "healthcheck" })
        {
            Assert.Contains($"  {command} ", result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("--Section:Key=value", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import", "--members <FILE>")]
    [InlineData("export", "--out <FILE>")]
    [InlineData("match", "--tags")]
    [InlineData("hash-password", "standard input")]
    [InlineData("healthcheck", "--url <URL>")]
    public async Task Help_OnASubcommand_ShowsItsUsageAndExitsZero(string command, string expected)
    {
        var result = await CultureHubProcess.RunAsync([command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"culturehub {command} [options]", result.Output, StringComparison.Ordinal);
        Assert.Contains(expected, result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MatchHelp_ShowsEveryOptionAndJsonAsOptional()
    {
        var result = await CultureHubProcess.RunAsync(["match", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--members <FILE> (REQUIRED)", result.Output, StringComparison.Ordinal);
        foreach (var option in new[] { "--top <N>", "--json", "--tags", "--llm" })
        {
            var line = Assert.Single(result.Output.Split('\n'), l => l.TrimStart().StartsWith(option, StringComparison.Ordinal));
            Assert.DoesNotContain("REQUIRED", line, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("match")]
    [InlineData("match", "--members", "m.json", "--top", "many")]
    [InlineData("frobnicate")]
    [InlineData("export", "--out")]
    [InlineData("healthcheck", "--url", "not a url")]
    public async Task UsageError_IsOneLineOnStderr_ExitTwo(params string[] arguments)
    {
        var result = await CultureHubProcess.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("--help", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"id\": \"a\"}]")]
    [InlineData("not json at all")]
    public async Task Match_MembersFileOfTheWrongShape_IsOneClearLine_ExitTwo(string content)
    {
        var file = _folder.File("members.json");
        await File.WriteAllTextAsync(file, content);

        var result = await CultureHubProcess.RunAsync(["match", "--members", file]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("is not a members file", line, StringComparison.Ordinal);
        Assert.Contains("\"members\"", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_WithABadCron_IsOneClearLine_ExitTwo()
    {
        var result = await CultureHubProcess.RunAsync(
            [$"--Storage:DatabasePath={_folder.File("cron.db")}", "--WebChat:Url=http://127.0.0.1:0"],
            new Dictionary<string, string> { ["Introductions__RoundCron"] = "every monday" });

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Configuration error:", line, StringComparison.Ordinal);
        Assert.Contains("RoundCron", line, StringComparison.Ordinal);
        Assert.Contains("every monday", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bot_WithAnUnknownTimeZone_IsOneClearLine_ExitTwo()
    {
        var result = await CultureHubProcess.RunAsync(
            [$"--Storage:DatabasePath={_folder.File("zone.db")}", "--WebChat:Url=http://127.0.0.1:0", "--Region:TimeZone=Europe/Hildesheim"]);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("Configuration error:", line, StringComparison.Ordinal);
        Assert.Contains("Europe/Hildesheim", line, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
