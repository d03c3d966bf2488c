using System.CommandLine;
using System.CommandLine.Invocation;
using CultureHub.Storage;
using Microsoft.Extensions.Options;

namespace CultureHub.Cli;

/// <summary>
/// The one executable's command line on System.CommandLine: the bot is the root command, maintenance
/// commands are subcommands (<see cref="CultureHubCommands"/>). Exit codes: 0 ok (help too), 1 failure,
/// 2 usage or configuration error (one line on stderr), 3 database held by another instance.
/// </summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int UsageError = 2;
    public const int DatabaseLocked = 3;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (settings, commandLine) = SettingArguments.Split(args);
        var parsed = CultureHubCommands.Create(settings).Parse(commandLine);
        if (parsed.Action is ParseErrorAction)
        {
            await error.WriteLineAsync(UsageLine(parsed));
            return UsageError;
        }

        // The host handles SIGTERM/Ctrl+C itself (graceful shutdown), so System.CommandLine must not.
        var invocation = new InvocationConfiguration { Output = output, Error = error, ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false };
        try
        {
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Configuration error: {string.Join("; ", exception.Failures)}");
            return UsageError;
        }
        catch (DatabaseLockedException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return DatabaseLocked;
        }
    }

    /// <summary>"culturehub match: Option '--members' is required. See 'culturehub match --help'."</summary>
    private static string UsageLine(ParseResult parsed)
    {
        var command = parsed.CommandResult.Command;
        var path = command is RootCommand ? CultureHubCommands.Name : $"{CultureHubCommands.Name} {command.Name}";
        var problems = string.Join(" ", parsed.Errors.Select(e => e.Message.ReplaceLineEndings(" ").Trim()));
        return $"{path}: {problems} See '{path} --help'.";
    }
}
