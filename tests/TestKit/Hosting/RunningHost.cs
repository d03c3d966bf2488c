using System.Diagnostics.Metrics;
using CultureHub.TestKit.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.TestKit.Hosting;

/// <summary>
/// The real CultureHub host on a free loopback port with its database in a temp folder.
/// Dispose stops it and releases the database, so a test can start another on the same file.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private RunningHost(WebApplication app, HttpClient http, MeterRecorder metrics)
    {
        App = app;
        Http = http;
        Metrics = metrics;
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    /// <summary>What this host's CultureHub instruments recorded since it was built.</summary>
    public MeterRecorder Metrics { get; }

    public IServiceProvider Services => App.Services;

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    public ChatApiClient Visitor(string user) => new(Http, user);

    public static async Task<RunningHost> StartAsync(string databasePath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = databasePath,
            ["WebChat:Url"] = "http://127.0.0.1:0",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var app = CultureHubHost.Build([], overrides, configure);
        var metrics = new MeterRecorder(app.Services.GetRequiredService<IMeterFactory>());
        CultureHubHost.OpenStorage(app);
        await app.StartAsync();
        var http = new HttpClient { BaseAddress = CultureHubHost.ListeningAddress(app), Timeout = TimeSpan.FromSeconds(60) };
        return new RunningHost(app, http, metrics);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Metrics.Dispose();
    }
}
