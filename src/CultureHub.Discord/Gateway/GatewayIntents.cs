namespace CultureHub.Discord.Gateway;

[Flags]
public enum GatewayIntents
{
    None = 0,
    Guilds = 1 << 0,
    GuildMembers = 1 << 1,
    GuildMessages = 1 << 9,
    DirectMessages = 1 << 12,
    MessageContent = 1 << 15,
}

public static class GatewayIntentsFor
{
    /// <summary>Only what the bot uses; the privileged intents only when their feature is switched on.</summary>
    public static GatewayIntents Options(DiscordOptions options)
    {
        var intents = GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages;
        if (options.ShouldRequestMessageContent)
        {
            intents |= GatewayIntents.MessageContent;
        }

        if (options.WelcomeNewMembers)
        {
            intents |= GatewayIntents.GuildMembers;
        }

        return intents;
    }
}
