using CultureHub.Core.Chat;
using CultureHub.Resilience;
using CultureHub.Telegram.Polling;
using CultureHub.Telegram.Sending;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CultureHub.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>The adapter's name in readiness, logs and keyed services.</summary>
    public const string AdapterName = "telegram";

    /// <summary>The Telegram adapter, registered only when <c>Telegram:Token</c> is set.</summary>
    public static IServiceCollection AddTelegram(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.SectionName}:{nameof(TelegramOptions.Token)}"]))
        {
            return services;
        }

        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSupervisedAdapter(AdapterName);
        // Each attempt is bounded by the retry policy's attempt timeout (plus the long poll), so the client needs none of its own.
        services.AddHttpClient(AdapterName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Long polling holds one connection; replies use others. Renewed now and then for DNS changes.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            .AddAdapterRetry(sp => TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<TelegramOptions>>().Value.PollTimeoutSeconds));
        services.AddSingleton<ITelegramBotClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
            var clientOptions = new TelegramBotClientOptions(options.Token, options.ApiBaseUrl)
            {
                // Flood control is handled by TelegramSender, which knows what it is sending; everything else by AddAdapterRetry.
                RetryThreshold = 0,
                RetryCount = 0,
            };
            return new TelegramBotClient(clientOptions, sp.GetRequiredService<IHttpClientFactory>().CreateClient(AdapterName));
        });
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramUpdateRouter>();
        services.AddSingleton<TelegramCommandMenus>();
        services.AddSingleton<TelegramStartup>();
        services.AddSingleton<UpdateOffsetTracker>();
        services.AddSingleton<UpdateBacklog>();
        services.AddSingleton<TelegramChatChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<TelegramChatChannel>());
        services.AddHostedService<TelegramPollingService>();
        return services;
    }
}
