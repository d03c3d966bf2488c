namespace CultureHub.Discord.Tests;

/// <summary>Gateway event bodies shaped as in Discord's documentation (only the fields that matter).</summary>
public static class DiscordPayloads
{
    public const string GuildId = "1300000000000000001";
    public const string ApplicationId = "1100000000000000001";

    public static object User(string id, string name = "Anna") =>
        new { id, username = name.ToLowerInvariant(), global_name = name, discriminator = "0", bot = false };

    public static object DirectMessage(string userId, string content, string? messageId = null) => new
    {
        id = messageId ?? Guid.NewGuid().ToString("N"),
        channel_id = "9" + userId,
        author = User(userId),
        content,
        timestamp = "2026-05-01T10:00:00.000000+00:00",
        tts = false,
        mention_everyone = false,
        mentions = Array.Empty<object>(),
        attachments = Array.Empty<object>(),
        type = 0,
    };

    public static object SlashCommand(string userId, string name, string? argument = null, bool inGuild = true) =>
        Command(2, userId, name, inGuild, argument is null ? null : [new { name = "argument", type = 3, value = argument }]);

    /// <summary>An APPLICATION_COMMAND_AUTOCOMPLETE interaction: the member is typing <paramref name="partial"/> into the argument.</summary>
    public static object Autocomplete(string userId, string name, string partial) =>
        AutocompleteOption(userId, name, "argument", partial);

    public static object Button(string userId, string customId, bool inGuild = false, object? message = null) => new
    {
        id = Guid.NewGuid().ToString("N"),
        application_id = ApplicationId,
        type = 3,
        token = "token-" + Guid.NewGuid().ToString("N"),
        version = 1,
        guild_id = inGuild ? GuildId : null,
        channel_id = "9" + userId,
        member = inGuild ? new { user = User(userId) } : null,
        user = inGuild ? null : User(userId),
        locale = "de",
        message = message ?? new { id = "1700000000000000001", components = Array.Empty<object>() },
        data = new { custom_id = customId, component_type = 2 },
    };

    public static object ModalSubmit(string userId, string customId, string value) => new
    {
        id = Guid.NewGuid().ToString("N"),
        application_id = ApplicationId,
        type = 5,
        token = "token-" + Guid.NewGuid().ToString("N"),
        version = 1,
        channel_id = "9" + userId,
        user = User(userId),
        locale = "de",
        data = new
        {
            custom_id = customId,
            components = new[] { new { type = 1, components = new[] { new { type = 4, custom_id = "answer", value } } } },
        },
    };

    /// <summary>A slash command with named options, as Discord sends them (only the options the member filled in).</summary>
    public static object SlashCommandWith(string userId, string name, params (string Name, string Value)[] options) =>
        Command(2, userId, name, inGuild: true, [.. options.Select(o => new { name = o.Name, type = 3, value = o.Value })]);

    /// <summary>Autocomplete while the member types into the named option <paramref name="option"/>.</summary>
    public static object AutocompleteOption(string userId, string name, string option, string partial) =>
        Command(4, userId, name, inGuild: true, [new { type = 3, name = option, value = partial, focused = true }]);

    /// <summary>An application command interaction (2: the command, 4: autocomplete) in the guild or a DM.</summary>
    private static object Command(int type, string userId, string name, bool inGuild, object[]? options) => new
    {
        id = Guid.NewGuid().ToString("N"),
        application_id = ApplicationId,
        type,
        token = "token-" + Guid.NewGuid().ToString("N"),
        version = 1,
        guild_id = inGuild ? GuildId : null,
        channel_id = "1500000000000000001",
        member = inGuild ? new { user = User(userId), roles = Array.Empty<string>() } : null,
        user = inGuild ? null : User(userId),
        locale = "de",
        data = new { id = "1600000000000000001", name, type = 1, options },
    };
}
