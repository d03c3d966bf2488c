using System.Text.Json.Serialization;
using CultureHub.Core.Chat;

namespace CultureHub.Discord.Rest;

/// <summary>Who a message may ping. Always sent: an empty <see cref="Parse"/> list pings nobody.</summary>
public sealed record AllowedMentions(IReadOnlyList<string> Parse, IReadOnlyList<string>? Users = null)
{
    public static AllowedMentions None { get; } = new([]);
}

/// <summary>A message component: action row (1), button (2) or text input (4).</summary>
public sealed record Component(
    int Type,
    string? CustomId = null,
    int? Style = null,
    string? Label = null,
    IReadOnlyList<Component>? Components = null,
    bool? Required = null,
    int? MaxLength = null);

public sealed record AttachmentReference(int Id, string Filename);

/// <summary>The body of create message / follow-up. <see cref="File"/> travels as multipart.</summary>
public sealed record MessagePayload(
    string? Content,
    AllowedMentions AllowedMentions,
    IReadOnlyList<Component>? Components = null,
    int? Flags = null,
    IReadOnlyList<AttachmentReference>? Attachments = null)
{
    public const int EphemeralFlag = 64;

    [JsonIgnore]
    public ChatAttachment? File { get; init; }
}

public sealed record InteractionResponse(int Type, object? Data = null)
{
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int DeferredUpdateMessage = 6;
    public const int AutocompleteResult = 8;
    public const int Modal = 9;
}

/// <summary>One suggestion for an autocomplete option: both fields 1–100 characters.</summary>
public sealed record CommandChoice(string Name, string Value);

/// <summary>The data of an <see cref="InteractionResponse.AutocompleteResult"/>: at most 25 choices.</summary>
public sealed record AutocompleteChoices(IReadOnlyList<CommandChoice> Choices);

public sealed record ModalData(string CustomId, string Title, IReadOnlyList<Component> Components);

public sealed record CommandOption(
    int Type,
    string Name,
    string Description,
    bool Required,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    bool? Autocomplete = null);

/// <param name="DefaultMemberPermissions">A permission bit set as a string; null lets everyone see the command, "0" only administrators and whoever the server grants it to.</param>
public sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyDictionary<string, string> NameLocalizations,
    IReadOnlyDictionary<string, string> DescriptionLocalizations,
    IReadOnlyList<CommandOption>? Options,
    int Type = 1,
    string? DefaultMemberPermissions = null);

public sealed record ThreadCreate(string Name, int Type, bool Invitable, int AutoArchiveDuration)
{
    public const int PrivateThread = 12;
}

public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);

public sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit SessionStartLimit);

public sealed record CreatedResource(string Id);
