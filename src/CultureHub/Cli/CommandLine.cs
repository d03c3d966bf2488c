using CultureHub.Storage;
using Microsoft.Extensions.Options;

namespace CultureHub.Cli;

/// <summary>Subcommands of the one executable. Exit codes: 0 ok, 1 failure, 2 usage or configuration error, 3 database locked.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var command = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = command is null ? args : args[1..];
        try
        {
            return command switch
            {
                null => await RunBotAsync(rest, cancellationToken),
                "import" => await MemberFileCommands.ImportAsync(rest, output, error, cancellationToken),
                "export" => await MemberFileCommands.ExportAsync(rest, output, error, cancellationToken),
                "match" => await MatchCli.RunAsync(rest, output, cancellationToken),
                "hash-password" => await HashPasswordCommand.RunAsync(Console.In, output, error),
                "healthcheck" => await HealthCheckCommand.RunAsync(rest, error, cancellationToken),
                "help" or "--help" => Usage(output, 0),
                _ => Usage(error, 2),
            };
        }
        catch (OptionsValidationException exception)
        {
            await error.WriteLineAsync($"Configuration error: {string.Join("; ", exception.Failures)}");
            return 2;
        }
        catch (DatabaseLockedException exception)
        {
            await error.WriteLineAsync(exception.Message);
            return 3;
        }
    }

    private static async Task<int> RunBotAsync(string[] args, CancellationToken cancellationToken)
    {
        await using var app = CultureHubHost.Build(args);
        CultureHubHost.OpenStorage(app);
        await app.RunAsync(cancellationToken);
        return 0;
    }

    private static int Usage(TextWriter writer, int exitCode)
    {
        writer.WriteLine("""
            Usage: culturehub [command] [options]
              (no command)                     run the bot (web chat; Telegram/Discord when configured)
              import --members FILE            load members from a members JSON file (idempotent by id)
              export --out FILE                write all members to a members JSON file
              match --members FILE [--top N] --json [--llm]   print suggested matches (--llm: re-ranked by the configured model)
              hash-password                    read a password on stdin, print its hash for Dashboard:Accounts
            Configuration: appsettings.json, environment variables (Section__Key), --Section:Key=value.
            """);
        return exitCode;
    }

    public static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>The arguments a subcommand does not consume itself, passed on as configuration.</summary>
    public static string[] Without(string[] args, params string[] names)
    {
        var kept = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (names.Contains(args[i]))
            {
                i++;
                continue;
            }

            kept.Add(args[i]);
        }

        return kept.ToArray();
    }
}
