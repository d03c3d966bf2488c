namespace CultureHub.Cli;

/// <summary><c>healthcheck [--url URL]</c>: exit 0 when the running bot answers /healthz (for Docker's HEALTHCHECK).</summary>
public static class HealthCheckCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter error, CancellationToken cancellationToken)
    {
        var url = CommandLine.Option(args, "--url") ?? "http://127.0.0.1:5080/healthz";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync(new Uri(url), cancellationToken);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException exception)
        {
            await error.WriteLineAsync($"Unhealthy: {exception.Message}");
            return 1;
        }
        catch (TaskCanceledException)
        {
            await error.WriteLineAsync("Unhealthy: /healthz did not answer in time.");
            return 1;
        }
    }
}
