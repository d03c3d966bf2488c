using System.CommandLine;

namespace CultureHub.Cli;

/// <summary>
/// The one definition of the command line: help, usage lines and parsing all come from it.
/// The root command runs the bot; the subcommands are maintenance tools on the same configuration.
/// </summary>
public static class CultureHubCommands
{
    public const string Name = "culturehub";

    public static RootCommand Create(SettingArguments settings)
    {
        var root = new RootCommand($"""
            CultureHub: runs the community bot (the web chat always; Telegram and Discord when their tokens are set).
            Settings come from appsettings.json, environment variables (Section__Key) and {SettingArguments.Syntax}
            arguments on any command. Exit codes: 0 ok, 1 failure, 2 usage or configuration error, 3 the database
            is in use by another instance.
            """)
        {
            HelpName = Name,
        };
        root.SetAction((_, cancellationToken) => RunBotAsync(settings, cancellationToken));
        root.Subcommands.Add(MemberFileCommands.Import(settings));
        root.Subcommands.Add(MemberFileCommands.Export(settings));
        root.Subcommands.Add(MatchCli.Create(settings));
        root.Subcommands.Add(HashPasswordCommand.Create());
        root.Subcommands.Add(HealthCheckCommand.Create());
        return root;
    }

    private static async Task<int> RunBotAsync(SettingArguments settings, CancellationToken cancellationToken)
    {
        await using var app = CultureHubHost.Build(settings.ToArray());
        CultureHubHost.OpenStorage(app);
        await app.RunAsync(cancellationToken);
        return CommandLine.Ok;
    }
}
