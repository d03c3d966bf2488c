using CultureHub.Jobs;
using CultureHub.Llm;
using CultureHub.Discord;
using CultureHub.Storage;
using CultureHub.Telegram;
using CultureHub.Telemetry;
using CultureHub.Web;
using CultureHub.Web.Dashboard;
using CultureHub.Web.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub;

/// <summary>The table of contents: which parts make up CultureHub, and which adapters start.</summary>
public static class CultureHubHost
{
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Services
            .AddCommunityCore()
            .AddMatchingAndIntroductions()
            .AddHubWorkshops(builder.Configuration)
            .AddProjectTeams()
            .AddSpacesAndGear()
            .AddLlm(builder.Configuration)
            .AddCultureHubJobs()
            .AddWebChat()
            .AddDashboard()
            .AddTelegram(builder.Configuration)
            .AddDiscord(builder.Configuration)
            .AddCultureHubTelemetry();

        configure?.Invoke(builder.Services);

        builder.WebHost.UseUrls(builder.Configuration[$"{WebChatOptions.SectionName}:Url"] ?? new WebChatOptions().Url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);

        var app = builder.Build();
        app.UseKnownProxies();
        app.UseWebChat();
        app.UseDashboard();
        app.MapWorkshopFeeds();
        app.MapOperatorMetrics();
        return app;
    }

    /// <summary>
    /// Validates every options section and opens the database before anything listens, so a bad
    /// configuration or a second instance fails fast with one clear line (subcommands too).
    /// </summary>
    public static void OpenStorage(WebApplication app)
    {
        try
        {
            app.Services.GetService<IStartupValidator>()?.Validate();
        }
        catch (InvalidOperationException exception)
        {
            // The binder's "Failed to convert configuration value 'abc' at 'Section:Key' to type 'Int32'":
            // a value that cannot even be bound is a configuration error like any failed validation.
            throw new OptionsValidationException(string.Empty, typeof(object), [exception.Message]);
        }

        app.Services.GetRequiredService<LiteDbContext>();
    }

    public static Uri ListeningAddress(WebApplication app) =>
        new(app.Urls.First(), UriKind.Absolute);
}
