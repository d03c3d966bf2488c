using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Turns a platform-neutral reply into Discord messages: markdown escaped, split at 2,000
/// characters, buttons as action rows (≤5 per row, ≤5 rows) on the last part, and
/// <c>allowed_mentions</c> always set so nobody is pinged by accident.
/// </summary>
public static class DiscordReplyFormatter
{
    public const int MaxContentLength = 2000;
    public const int MaxCustomIdLength = 100;
    public const int MaxLabelLength = 80;
    private const int ButtonsPerRow = 5;
    private const int MaxRows = 5;
    private const int SecondaryStyle = 2;

    public static IReadOnlyList<MessagePayload> Format(ChatReply reply, int? flags = null, AllowedMentions? mentions = null) =>
        FormatRaw(Escape(reply.Text), reply, flags, mentions ?? AllowedMentions.None);

    /// <summary>For text the adapter wrote itself with intended markup (thread mentions).</summary>
    public static IReadOnlyList<MessagePayload> FormatRaw(string content, ChatReply reply, int? flags, AllowedMentions mentions)
    {
        var parts = Split(content);
        var components = Rows(reply.Buttons);
        var payloads = new List<MessagePayload>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var isLast = i == parts.Count - 1;
            payloads.Add(new MessagePayload(parts[i], mentions, isLast && components.Count > 0 ? components : null, flags)
            {
                File = isLast ? reply.Attachment : null,
            });
        }

        return payloads;
    }

    /// <summary>
    /// Rows as the core grouped them (a group starts a row, a full row wraps) while that fits Discord's
    /// five rows; otherwise five to a row, so up to 25 buttons always arrive.
    /// </summary>
    public static IReadOnlyList<Component> Rows(IReadOnlyList<ChatButton> buttons)
    {
        var fit = buttons.Where(b => b.Id.Length is > 0 and <= MaxCustomIdLength).ToList();
        var rows = new List<List<ChatButton>>();
        foreach (var button in fit)
        {
            if (rows.Count == 0 || button.StartsRow || rows[^1].Count == ButtonsPerRow)
            {
                rows.Add([]);
            }

            rows[^1].Add(button);
        }

        IEnumerable<ChatButton[]> laidOut = rows.Count <= MaxRows ? rows.Select(r => r.ToArray()) : fit.Take(ButtonsPerRow * MaxRows).Chunk(ButtonsPerRow);
        return laidOut
            .Select(row => new Component(1, Components: row.Select(b => new Component(2, CustomId: b.Id, Style: SecondaryStyle, Label: Truncate(b.Label, MaxLabelLength))).ToArray()))
            .ToList();
    }

    /// <summary>Splits at line or word boundaries; an empty text still becomes one (blank-safe) part.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var parts = new List<string>();
        var rest = text.Length == 0 ? "\u200b" : text;
        while (rest.Length > MaxContentLength)
        {
            var cut = rest.LastIndexOf('\n', MaxContentLength - 1);
            if (cut < MaxContentLength / 2)
            {
                cut = rest.LastIndexOf(' ', MaxContentLength - 1);
            }

            if (cut < MaxContentLength / 2)
            {
                cut = MaxContentLength;
            }

            parts.Add(rest[..cut]);
            rest = rest[cut..].TrimStart('\n', ' ');
        }

        parts.Add(rest);
        return parts;
    }

    /// <summary>Plain text stays plain: markdown characters are escaped, links are left intact.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lines = text.Split('\n');
        for (var l = 0; l < lines.Length; l++)
        {
            if (l > 0)
            {
                builder.Append('\n');
            }

            var words = lines[l].Split(' ');
            for (var w = 0; w < words.Length; w++)
            {
                if (w > 0)
                {
                    builder.Append(' ');
                }

                AppendWord(builder, words[w], isLineStart: w == 0);
            }
        }

        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string word, bool isLineStart)
    {
        if (word.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || word.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            builder.Append(word);
            return;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var isMarkup = c is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '@' or '<'
                || (isLineStart && i == 0 && c is '>' or '#' or '-');
            if (isMarkup)
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }
    }

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
