using CultureHub.Core;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Bot;

/// <summary>The hubs' announcement channels, from <see cref="DiscordOptions.HubChannels"/>.</summary>
public sealed class DiscordHubSpaces(IOptions<DiscordOptions> options) : IHubSpaces
{
    public ChatPlatform Platform => ChatPlatform.Discord;

    public string? SpaceOf(string hubId) => options.Value.HubChannels.TryGetValue(hubId, out var channel) ? channel : null;
}
