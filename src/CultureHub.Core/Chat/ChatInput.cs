namespace CultureHub.Core.Chat;

/// <summary>The person behind an incoming message, as far as the platform tells.</summary>
/// <param name="Identity">Who wrote.</param>
/// <param name="DisplayName">The name the platform shows, if any.</param>
/// <param name="LanguageCode">The client's language (e.g. "de", "en-GB"), if the platform tells.</param>
/// <param name="Username">A public handle (Telegram @username), if any.</param>
public sealed record ChatSender(
    PlatformIdentity Identity,
    string? DisplayName = null,
    string? LanguageCode = null,
    string? Username = null);

/// <summary>Anything a member sends: text, a command, a button press, a shared location.</summary>
public abstract record ChatInput(ChatSender Sender)
{
    /// <summary>
    /// Identifies this input across redeliveries (<c>telegram:&lt;update_id&gt;</c>), when the platform may
    /// deliver it again after a crash; its effects are then applied once (see <see cref="HandlingReceipt"/>).
    /// </summary>
    public string? ReceiptKey { get; init; }
}

public sealed record TextInput(ChatSender Sender, string Text) : ChatInput(Sender);

/// <summary>A command such as <c>/signup 42</c>; <see cref="Name"/> is lower case without the slash.</summary>
public sealed record CommandInput(ChatSender Sender, string Name, string Arguments) : ChatInput(Sender)
{
    public IReadOnlyList<string> ArgumentList =>
        Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public sealed record ButtonInput(ChatSender Sender, string ButtonId) : ChatInput(Sender);

public sealed record LocationInput(ChatSender Sender, double Latitude, double Longitude) : ChatInput(Sender);

/// <summary>Something the bot cannot read (sticker, photo, voice...); <see cref="Kind"/> names it.</summary>
public sealed record UnsupportedInput(ChatSender Sender, string Kind) : ChatInput(Sender);

/// <summary>
/// The platform says the bot can no longer write to this person: they blocked it (Telegram's
/// my_chat_member "kicked", a 403 on a reply) or closed their DMs (Discord 50007).
/// </summary>
public sealed record BlockedInput(ChatSender Sender) : ChatInput(Sender);
