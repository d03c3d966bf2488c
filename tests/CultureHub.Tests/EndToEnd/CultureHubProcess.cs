using System.Diagnostics;
using CultureHub.Cli;

namespace CultureHub.Tests.EndToEnd;

/// <summary>How the child process ended: exit code and both streams.</summary>
public sealed record ProcessOutcome(int ExitCode, string Output, string Error)
{
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>The real <c>culturehub</c> executable in a child process: what a shell or Docker sees.</summary>
public static class CultureHubProcess
{
    public static async Task<ProcessOutcome> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CommandLine).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();

        // A start that should have failed but runs the bot instead must not hang the suite.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException exception)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"culturehub {string.Join(' ', start.ArgumentList.Skip(1))} did not exit.", exception);
        }

        return new ProcessOutcome(process.ExitCode, await output, await error);
    }
}
