using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.TestKit.Metrics;
using CultureHub.Web.Visitors;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.TestKit.Hosting;

/// <summary>
/// The real CultureHub host on a free loopback port with its database in a temp folder.
/// Dispose stops it and releases the database, so a test can start another on the same file.
/// </summary>
public sealed class RunningHost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ChatApiClient> _visitors = new(StringComparer.Ordinal);

    private RunningHost(WebApplication app, HttpClient http, MeterRecorder metrics)
    {
        App = app;
        Http = http;
        Metrics = metrics;
    }

    public WebApplication App { get; }

    /// <summary>A client without cookies: every request is a stranger's.</summary>
    public HttpClient Http { get; }

    /// <summary>What this host's CultureHub instruments recorded since it was built.</summary>
    public MeterRecorder Metrics { get; }

    public IServiceProvider Services => App.Services;

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>One visitor per label, with its own cookie jar, the same object each time the test asks.</summary>
    public ChatApiClient Visitor(string label) => _visitors.GetOrAdd(label, l => new ChatApiClient(Http.BaseAddress!, l));

    /// <summary>The visitors this host has talked to, to bring them to a restarted host with <see cref="Visitor(ChatApiClient)"/>.</summary>
    public IReadOnlyCollection<ChatApiClient> Visitors => [.. _visitors.Values];

    /// <summary>A visitor of an earlier host on the same database, with the cookies it had there.</summary>
    public ChatApiClient Visitor(ChatApiClient earlier) => _visitors.GetOrAdd(earlier.Label, _ => earlier.On(Http.BaseAddress!));

    /// <summary>The web identity the server sealed into the visitor's cookie.</summary>
    public PlatformIdentity IdentityOf(ChatApiClient visitor) =>
        new(ChatPlatform.Web, Get<VisitorCookies>().Unseal(visitor.VisitorCookie)
            ?? throw new InvalidOperationException($"Visitor '{visitor.Label}' has no valid cookie yet."));

    /// <summary>A member of another platform (hub staff), talking to this host's core.</summary>
    public CoreChatClient Member(PlatformIdentity identity) => new(Get<ChatRouter>(), identity);

    /// <summary>
    /// A host on the test's clock. The scheduled due-work sweep is moved out of the way (once an hour), so the
    /// test sweeps itself after moving the clock; <paramref name="settings"/> may set it otherwise.
    /// </summary>
    public static Task<RunningHost> StartOnClockAsync(string databasePath, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var withSweep = new Dictionary<string, string?> { ["Introductions:SweepIntervalSeconds"] = "3600" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            withSweep[key] = value;
        }

        return StartAsync(databasePath, withSweep, services => services.Replace(ServiceDescriptor.Singleton(clock)));
    }

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
        foreach (var visitor in _visitors.Values)
        {
            visitor.Dispose();
        }

        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        Metrics.Dispose();
    }
}
