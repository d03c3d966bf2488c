using CultureHub.Core.Chat;
using CultureHub.Core.Workshops;
using CultureHub.Discord.Bot;
using CultureHub.Discord.Gateway;
using CultureHub.Discord.Rest;
using CultureHub.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The adapter's name in readiness, logs and keyed services.</summary>
    public const string AdapterName = "discord";

    /// <summary>The Discord adapter (gateway, REST, bot); registered only when <c>Discord:Token</c> is set.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration[$"{DiscordOptions.SectionName}:{nameof(DiscordOptions.Token)}"]))
        {
            return services;
        }

        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateDataAnnotations()
            .Validate<IOptions<HubsOptions>>(
                (discord, hubs) => DiscordOptions.HasValidHubChannels(discord, hubs.Value),
                "Discord:HubChannels:<hub id> must name a hub from the Hubs section and hold a Discord channel id (digits only).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSupervisedAdapter(AdapterName);

        // Each attempt is bounded by the retry policy's attempt timeout, so the client needs none of its own.
        services.AddHttpClient(nameof(DiscordRestClient), (sp, http) =>
            {
                DiscordRestClient.Configure(http, sp.GetRequiredService<IOptions<DiscordOptions>>().Value);
                http.Timeout = Timeout.InfiniteTimeSpan;
            })
            .AddAdapterRetry();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<DiscordRestClient>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(DiscordRestClient))));
        services.AddSingleton<DiscordApi>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IdentifyGate>();
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<DirectMessageChannels>();
        services.AddSingleton<DirectMessageHandler>();
        services.AddSingleton<CommandAutocomplete>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<DiscordEventRouter>();
        services.AddSingleton<DiscordChatChannel>();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<DiscordChatChannel>());
        services.AddSingleton<IHubSpaces, DiscordHubSpaces>();
        services.AddHostedService<DiscordBotService>();
        return services;
    }
}
