using System.CommandLine;

namespace CultureHub.Cli;

/// <summary><c>healthcheck [--url URL]</c>: exit 0 when the running bot answers /healthz (for Docker's HEALTHCHECK).</summary>
public static class HealthCheckCommand
{
    public static Command Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = "The /healthz address of the running bot.",
            HelpName = "URL",
            DefaultValueFactory = _ => new Uri("http://127.0.0.1:5080/healthz"),
            CustomParser = argument => Uri.TryCreate(argument.Tokens.Single().Value, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                ? parsed
                : Invalid(argument),
        };
        var command = new Command("healthcheck", "Exit 0 when a running bot answers /healthz, 1 when it does not (used by the Dockerfile).") { url };
        command.SetAction((parsed, cancellationToken) => RunAsync(parsed.GetRequiredValue(url), parsed.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Uri url, TextWriter error, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode ? CommandLine.Ok : CommandLine.Failure;
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync($"Unhealthy: {exception.Message}");
            return CommandLine.Failure;
        }
        catch (TaskCanceledException)
        {
            await error.WriteLineAsync("Unhealthy: /healthz did not answer in time.");
            return CommandLine.Failure;
        }
    }

    private static Uri? Invalid(System.CommandLine.Parsing.ArgumentResult argument)
    {
        argument.AddError($"'{argument.Tokens.Single().Value}' is not an http(s) address.");
        return null;
    }
}
