using System.ComponentModel.DataAnnotations;
using CultureHub.Core.Workshops;

namespace CultureHub.Discord;

/// <summary>The <c>Discord</c> section. The adapter only starts when <see cref="Token"/> is set.</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";

    /// <summary>The bot token, from the environment (<c>Discord__Token</c>). Never logged.</summary>
    public string? Token { get; set; }

    /// <summary>Overrides the URL from <c>GET /gateway/bot</c> (tests point it at a fake gateway).</summary>
    public string? GatewayUrl { get; set; }

    [Required]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10/";

    /// <summary>Guilds whose slash commands are registered at start.</summary>
    public IList<string> GuildIds { get; } = [];

    /// <summary>Text channel in which private introduction threads are created.</summary>
    public string? IntroductionsChannelId { get; set; }

    /// <summary>
    /// Each hub's text channel for announcing its new workshops, by hub id (<c>Discord:HubChannels:oldenburg</c>).
    /// Here rather than in the hub's settings: a channel id means something only to this adapter.
    /// </summary>
    public IDictionary<string, string> HubChannels { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Asks for the privileged MESSAGE_CONTENT intent (only needed for guild messages).</summary>
    public bool ShouldRequestMessageContent { get; set; }

    /// <summary>Greets new guild members by DM; needs the privileged GUILD_MEMBERS intent.</summary>
    public bool WelcomeNewMembers { get; set; }

    /// <summary>Shown in the User-Agent header Discord asks bots to send.</summary>
    [Required]
    public string ProjectUrl { get; set; } = "https://github.com/culturehub/culturehub";

    /// <summary>Discord asks for a random 1–5 s wait after an invalid session before identifying again.</summary>
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Identify is limited to max_concurrency per this window.</summary>
    public TimeSpan IdentifyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A resume that failed this many times in a row is given up for a fresh Identify.</summary>
    [Range(1, 20)]
    public int MaxResumeAttempts { get; set; } = 3;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Token);

    /// <summary>Every announcement channel belongs to a configured hub and is a Discord id (a snowflake).</summary>
    public static bool HasValidHubChannels(DiscordOptions options, HubsOptions hubs) => options.HubChannels.All(channel =>
        hubs.Hubs.Any(hub => string.Equals(hub.Id, channel.Key, StringComparison.OrdinalIgnoreCase))
        && channel.Value.Length is > 0 and <= 20 && channel.Value.All(char.IsAsciiDigit));
}
