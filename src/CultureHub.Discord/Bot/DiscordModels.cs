using System.Text.Json;

namespace CultureHub.Discord.Bot;

// Only the fields CultureHub reads, named as in Discord's docs (snake_case on the wire).
public sealed record DiscordUser(string Id, string Username, string? GlobalName = null, bool Bot = false)
{
    public string ShownName => string.IsNullOrWhiteSpace(GlobalName) ? Username : GlobalName;
}

public sealed record DiscordGuildMember(DiscordUser? User);

public sealed record DiscordMessage(
    string Id,
    string ChannelId,
    DiscordUser Author,
    string? GuildId = null,
    string? Content = null,
    IReadOnlyList<JsonElement>? Attachments = null,
    IReadOnlyList<JsonElement>? StickerItems = null);

/// <summary>An option the member filled in; in an autocomplete interaction <see cref="Focused"/> marks the one being typed.</summary>
public sealed record InteractionOption(string Name, int Type, JsonElement Value, bool Focused = false);

public sealed record InteractionComponent(
    int Type,
    string? CustomId = null,
    string? Value = null,
    string? Label = null,
    IReadOnlyList<InteractionComponent>? Components = null,
    InteractionComponent? Component = null);

public sealed record InteractionData(
    string? Name = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<InteractionOption>? Options = null,
    IReadOnlyList<InteractionComponent>? Components = null);

public sealed record InteractionMessage(string Id, IReadOnlyList<InteractionComponent>? Components = null);

public sealed record Interaction(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    DiscordGuildMember? Member = null,
    DiscordUser? User = null,
    string? Locale = null,
    InteractionMessage? Message = null)
{
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int ApplicationCommandAutocomplete = 4;
    public const int ModalSubmit = 5;

    public DiscordUser? Sender => Member?.User ?? User;

    public bool IsInGuild => GuildId is not null;
}

public sealed record GuildMemberAdd(string GuildId, DiscordUser User);
