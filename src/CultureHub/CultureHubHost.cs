using CultureHub.Core;
using CultureHub.Core.Privacy;
using CultureHub.Discord;
using CultureHub.Storage;
using CultureHub.Web;

namespace CultureHub;

/// <summary>The table of contents: which parts make up CultureHub, and which adapters start.</summary>
public static class CultureHubHost
{
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? overrides = null)
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
        builder.Services.AddWebChat();
        builder.Services.AddDiscord(builder.Configuration);

        builder.WebHost.UseUrls(builder.Configuration[$"{WebChatOptions.SectionName}:Url"] ?? new WebChatOptions().Url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);

        var app = builder.Build();
        app.MapWebChat();
        return app;
    }

    /// <summary>Opens the database before anything listens, so a second instance fails fast and clearly.</summary>
    public static void OpenStorage(WebApplication app) => app.Services.GetRequiredService<LiteDbContext>();

    public static Uri ListeningAddress(WebApplication app) =>
        new(app.Urls.First(), UriKind.Absolute);
}
