using CultureHub.Core.Chat;
using CultureHub.Telegram.Polling;
using CultureHub.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CultureHub.Telegram;

public static class TelegramServiceCollectionExtensions
{
    private const string HttpClientKey = "telegram";

    /// <summary>The Telegram adapter, registered only when <c>Telegram:Token</c> is set.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Token)}"]))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddKeyedSingleton(HttpClientKey, (_, _) => new HttpClient(new SocketsHttpHandler
        {
            // Long polling holds one connection; replies use others. Renewed now and then for DNS changes.
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(100),
        });
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(options.Token, options.ApiBaseUrl)
            {
                // Flood control is handled by TelegramSender, which knows what it is sending.
                RetryThreshold = 0,
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, sp.GetRequiredKeyedService<HttpClient>(HttpClientKey));
        });
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramUpdateRouter>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<UpdateOffsetTracker>();
        services.AddSingleton<TelegramChatChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TelegramChatChannel>());
        services.AddHostedService<TelegramPollingService>();
        return services;
    }
}
