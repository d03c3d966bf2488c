using System.Text;

namespace CultureHub.Telegram.Sending;

/// <summary>Turns the core's plain text into Telegram HTML messages of legal length.</summary>
public static class TelegramText
{
    /// <summary>Telegram's limit for one message, counted after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit for <c>callback_data</c>, in bytes.</summary>
    public const int MaxCallbackDataBytes = 64;

    /// <summary>HTML parse mode needs only &amp;, &lt; and &gt; escaped; quotes are fine outside attributes.</summary>
    public static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    public static bool FitsCallbackData(string id) =>
        id.Length > 0 && Encoding.UTF8.GetByteCount(id) <= MaxCallbackDataBytes;

    /// <summary>Splits on paragraph boundaries, then on lines, then hard (never inside a surrogate pair).</summary>
    public static IReadOnlyList<string> Split(string text, int maxLength = MaxMessageLength)
    {
        var chunks = new List<string>();
        var rest = text;
        while (rest.Length > maxLength)
        {
            var cut = FindCut(rest, maxLength);
            var chunk = rest[..cut].TrimEnd();
            if (chunk.Length > 0)
            {
                chunks.Add(chunk);
            }

            rest = rest[cut..].TrimStart('\n', '\r');
        }

        if (rest.Trim().Length > 0 || chunks.Count == 0)
        {
            chunks.Add(rest);
        }

        return chunks;
    }

    private static int FindCut(string text, int maxLength)
    {
        // A break right after the limit still leaves a part of exactly maxLength characters.
        var paragraph = text.LastIndexOf("\n\n", Math.Min(maxLength + 1, text.Length - 1), StringComparison.Ordinal);
        if (paragraph > 0)
        {
            return paragraph;
        }

        var line = text.LastIndexOf('\n', maxLength);
        if (line > 0)
        {
            return line;
        }

        return char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
    }
}
