using CultureHub.Core.Members;

namespace CultureHub.Core.Chat;

/// <summary>Describes a command for platform menus (Telegram's command list, Discord's slash commands).</summary>
/// <param name="Name">Lower case, no slash.</param>
/// <param name="DescriptionKey">Text catalog key of the one-line description.</param>
/// <param name="ArgumentHintKey">Text catalog key describing the optional argument, if any.</param>
/// <param name="IsStaffOnly">Only hub staff can use it, so /help lists it only to them.</param>
/// <param name="OnlyOn">The one platform whose menus and help offer the command; null for all.</param>
public sealed record CommandDescriptor(string Name, string DescriptionKey, string? ArgumentHintKey = null, bool IsStaffOnly = false, ChatPlatform? OnlyOn = null)
{
    public bool IsOfferedOn(ChatPlatform platform) => OnlyOn is null || OnlyOn == platform;

    /// <summary>
    /// Named arguments for platforms that ask for each separately (Discord's options); empty means one
    /// free argument described by <see cref="ArgumentHintKey"/>. Typed commands take them in this order.
    /// </summary>
    public IReadOnlyList<CommandArgument> Arguments { get; init; } = [];
}

/// <summary>
/// One named argument of a command. <paramref name="Lead"/> is the word put before its value when the
/// arguments are joined into the typed form (<c>/find Proberaum near Lohne</c>).
/// </summary>
public sealed record CommandArgument(string Name, string HintKey, bool IsRequired = false, string? Lead = null);

/// <summary>A slash command. Thin: it parses its arguments and calls a service.</summary>
public interface IChatCommand
{
    CommandDescriptor Descriptor { get; }

    /// <summary>Other names that reach the same command (German words, old spellings).</summary>
    IReadOnlyList<string> Aliases => [];

    Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken);
}

/// <summary>Handles button presses whose id starts with <see cref="Prefix"/> and a colon.</summary>
public interface IButtonHandler
{
    string Prefix { get; }

    Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken);
}

/// <summary>
/// Gets free text before the interview does (a relay between two members, a pending staff form).
/// Returns null when the text is not for it.
/// </summary>
public interface ITextInterceptor
{
    int Order { get; }

    Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken);
}

public static class Replies
{
    public static IReadOnlyList<ChatReply> One(string text, params ChatButton[] buttons) => [new ChatReply(text, buttons)];

    public static IReadOnlyList<ChatReply> One(ChatReply reply) => [reply];

    public static Language LanguageOf(this ChatContext context) => context.Language;
}
