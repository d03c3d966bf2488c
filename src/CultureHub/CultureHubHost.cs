using CultureHub.Analysis;
using CultureHub.Core;
using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Jobs;
using CultureHub.Llm;
using CultureHub.Core.Privacy;
using CultureHub.Core.Workshops;
using CultureHub.Discord;
using CultureHub.Storage;
using CultureHub.Telegram;
using CultureHub.Web;
using CultureHub.Web.Dashboard;
using CultureHub.Web.Workshops;

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

        builder.Services.AddCultureHubCore();
        builder.Services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddLiteDbStorage();
        builder.Services.AddCompetenceReading();
        builder.Services.AddOptions<IntroductionOptions>().BindConfiguration(IntroductionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IMatchSource, OfflineMatchSource>();
        builder.Services.AddIntroductions();
        builder.Services.AddOptions<HubsOptions>().Bind(builder.Configuration).ValidateDataAnnotations()
            .Validate(HubsOptions.IsValid, "Every hub needs a unique id, a name, a partner, an address and valid coordinates.").ValidateOnStart();
        builder.Services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddWorkshops();
        builder.Services.AddWorkshopFiles();
        builder.Services.AddLlm(builder.Configuration);
        builder.Services.AddCultureHubJobs(builder.Configuration);
        builder.Services.AddWebChat();
        builder.Services.AddDashboard();
        builder.Services.AddTelegram(builder.Configuration);
        builder.Services.AddDiscord(builder.Configuration);

        configure?.Invoke(builder.Services);

        builder.WebHost.UseUrls(builder.Configuration[$"{WebChatOptions.SectionName}:Url"] ?? new WebChatOptions().Url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);

        var app = builder.Build();
        app.MapWebChat();
        app.UseDashboard();
        app.MapWorkshopFeeds();
        return app;
    }

    /// <summary>
    /// Validates every options section and opens the database before anything listens, so a bad
    /// configuration or a second instance fails fast with one clear line (subcommands too).
    /// </summary>
    public static void OpenStorage(WebApplication app)
    {
        app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        app.Services.GetRequiredService<LiteDbContext>();
    }

    public static Uri ListeningAddress(WebApplication app) =>
        new(app.Urls.First(), UriKind.Absolute);
}
