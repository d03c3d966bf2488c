namespace CultureHub.Core.Chat;

/// <summary>Turns typed text into a <see cref="CommandInput"/> when it starts with a slash.</summary>
public static class CommandParser
{
    public const int MaxCommandNameLength = 32;

    /// <summary>Typed text as every adapter hands it to the core: a command when it starts with a slash, plain text otherwise.</summary>
    public static ChatInput ReadTyped(ChatSender sender, string text) =>
        (ChatInput?)TryParse(sender, text, botUsername: null, out _) ?? new TextInput(sender, text);

    /// <summary>As <see cref="ReadTyped(ChatSender, string)"/>, but null for a command addressed to another bot (<c>/start@other_bot</c>).</summary>
    public static ChatInput? ReadTyped(ChatSender sender, string text, string? botUsername) =>
        TryParse(sender, text, botUsername, out var isForOtherBot) is { } command
            ? (isForOtherBot ? null : command)
            : new TextInput(sender, text);

    /// <summary>
    /// Parses <c>/name args</c> and <c>/name@botname args</c>. A mention of another bot means the
    /// command is not for us (<paramref name="isForOtherBot"/> true).
    /// </summary>
    public static CommandInput? TryParse(ChatSender sender, string text, string? botUsername, out bool isForOtherBot)
    {
        isForOtherBot = false;
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return null;
        }

        var end = trimmed.IndexOfAny([' ', '\n', '\t', '\r']);
        var head = end < 0 ? trimmed[1..] : trimmed[1..end];
        var arguments = end < 0 ? string.Empty : trimmed[(end + 1)..].Trim();
        var at = head.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var target = head[(at + 1)..];
            head = head[..at];
            isForOtherBot = botUsername is not null
                && !string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase);
        }

        if (head.Length == 0 || head.Length > MaxCommandNameLength)
        {
            return null;
        }

        return new CommandInput(sender, head.ToLowerInvariant(), arguments);
    }
}
