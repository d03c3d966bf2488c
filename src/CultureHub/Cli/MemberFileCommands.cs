using CultureHub.Core.Members;

namespace CultureHub.Cli;

/// <summary><c>import --members FILE</c> and <c>export --out FILE</c>.</summary>
public static class MemberFileCommands
{
    public static async Task<int> ImportAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = CommandLine.Option(args, "--members");
        if (path is null)
        {
            await error.WriteLineAsync("Usage: culturehub import --members FILE");
            return 2;
        }

        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"No such file: {path}");
            return 1;
        }

        MemberFile file;
        try
        {
            file = await MemberFile.ReadAsync(path, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidDataException or System.Text.Json.JsonException)
        {
            await error.WriteLineAsync($"Cannot read {path}: {exception.Message}");
            return 1;
        }

        await using var app = CultureHubHost.Build(CommandLine.Without(args, "--members"));
        CultureHubHost.OpenStorage(app);
        var result = await app.Services.GetRequiredService<MemberImport>().ImportAsync(file, cancellationToken);
        await output.WriteLineAsync($"Imported {file.Members.Count} members: {result.Added} new, {result.Updated} updated.");
        return 0;
    }

    public static async Task<int> ExportAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var path = CommandLine.Option(args, "--out");
        if (path is null)
        {
            await error.WriteLineAsync("Usage: culturehub export --out FILE");
            return 2;
        }

        await using var app = CultureHubHost.Build(CommandLine.Without(args, "--out"));
        CultureHubHost.OpenStorage(app);
        var file = await app.Services.GetRequiredService<MemberImport>().ExportAsync(cancellationToken);
        await file.WriteAsync(path, cancellationToken);
        await output.WriteLineAsync($"Exported {file.Members.Count} members to {path}.");
        return 0;
    }
}
