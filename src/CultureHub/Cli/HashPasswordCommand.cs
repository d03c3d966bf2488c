using System.CommandLine;
using CultureHub.Web.Dashboard;

namespace CultureHub.Cli;

/// <summary>
/// <c>hash-password</c>: reads a password from standard input (never from the command line, which
/// ends up in shell histories and process lists) and prints the hash for <c>Dashboard:Accounts</c>.
/// </summary>
public static class HashPasswordCommand
{
    public const int MinimumLength = 12;

    public static Command Create()
    {
        var command = new Command("hash-password", $"Read a password (at least {MinimumLength} characters) on standard input and print its hash for Dashboard:Accounts.");
        command.SetAction(parsed => RunAsync(Console.In, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));
        return command;
    }

    public static async Task<int> RunAsync(TextReader input, TextWriter output, TextWriter error)
    {
        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password) || password.Length < MinimumLength)
        {
            await error.WriteLineAsync($"Type the password on standard input, at least {MinimumLength} characters: echo -n '…' | culturehub hash-password");
            return CommandLine.UsageError;
        }

        await output.WriteLineAsync(PasswordHashFormat.Hash(password));
        return CommandLine.Ok;
    }
}
