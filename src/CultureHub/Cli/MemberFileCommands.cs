using System.CommandLine;
using System.Globalization;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Cli;

/// <summary><c>import --members FILE</c> and <c>export --out FILE</c>.</summary>
public static class MemberFileCommands
{
    public static Command Import(SettingArguments settings)
    {
        var members = new Option<string>("--members")
        {
            Description = "Members JSON file (id, name, town, language, about, looking_for).",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("import", "Load members from a members JSON file as if each had been interviewed (idempotent by id).") { members };
        command.SetAction((parsed, cancellationToken) =>
            ImportAsync(parsed.GetRequiredValue(members), settings, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    public static Command Export(SettingArguments settings)
    {
        var output = new Option<string>("--out")
        {
            Description = "File to write all members to, in the format import reads.",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("export", "Write all members to a members JSON file (import then export round-trips exactly).") { output };
        command.SetAction((parsed, cancellationToken) =>
            ExportAsync(parsed.GetRequiredValue(output), settings, parsed.InvocationConfiguration.Output, cancellationToken));
        return command;
    }

    private static async Task<int> ImportAsync(string path, SettingArguments settings, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"No such file: {path}");
            return CommandLine.Failure;
        }

        MemberFile file;
        try
        {
            file = await MemberFile.ReadAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"Cannot read {path}: {exception.Message}");
            return CommandLine.Failure;
        }

        await using var app = CultureHubHost.Build(settings.ToArray());
        CultureHubHost.OpenStorage(app);
        var result = await app.Services.GetRequiredService<MemberImport>().ImportAsync(file, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Imported {file.Members.Count} members: {result.Added} new, {result.Updated} updated."));
        return CommandLine.Ok;
    }

    private static async Task<int> ExportAsync(string path, SettingArguments settings, TextWriter output, CancellationToken cancellationToken)
    {
        await using var app = CultureHubHost.Build(settings.ToArray());
        CultureHubHost.OpenStorage(app);
        var file = await app.Services.GetRequiredService<MemberImport>().ExportAsync(cancellationToken);
        await file.WriteAsync(path, cancellationToken);
        await output.WriteLineAsync($"Exported {file.Members.Count} members to {path}.");
        return CommandLine.Ok;
    }
}
