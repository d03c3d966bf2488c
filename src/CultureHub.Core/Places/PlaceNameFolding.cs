using System.Globalization;
using System.Text;

namespace CultureHub.Core.Places;

/// <summary>
/// Turns place names and members' answers into comparable keys: lower case, umlauts spelled out
/// (ä → ae, ß → ss), other accents dropped, anything that is not a letter or digit a single space.
/// </summary>
internal static class PlaceNameFolding
{
    /// <summary>The key as it is written with umlauts spelled out: "Osnabrück" → "osnabrueck".</summary>
    public static string Fold(string text) => Fold(text, spellOutUmlauts: true);

    /// <summary>The key with umlauts dropped, as on keyboards without them: "osnabruck".</summary>
    public static string FoldDroppingUmlauts(string text) => Fold(text, spellOutUmlauts: false);

    public static string[] Tokens(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>"Lingen (Ems)" → "Lingen ": asides in brackets are often left out by members.</summary>
    public static string WithoutBrackets(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>"Freiburg (Elbe) Flecken" → "Freiburg (Elbe)".</summary>
    public static string UpToClosingBracket(string text)
    {
        var close = text.IndexOf(')', StringComparison.Ordinal);
        return close > 0 && text.IndexOf('(', StringComparison.Ordinal) is >= 0 and var open && open < close
            ? text[..(close + 1)]
            : text;
    }

    private static string Fold(string text, bool spellOutUmlauts)
    {
        var builder = new StringBuilder(text.Length + 4);
        var isSpacePending = false;
        foreach (var raw in text.Normalize(NormalizationForm.FormC))
        {
            var c = char.ToLowerInvariant(raw);
            var replacement = Replacement(c, spellOutUmlauts);
            if (replacement is null && !char.IsLetterOrDigit(c))
            {
                isSpacePending = builder.Length > 0;
                continue;
            }
            if (isSpacePending)
            {
                builder.Append(' ');
                isSpacePending = false;
            }
            if (replacement is not null) builder.Append(replacement);
            else AppendWithoutAccent(builder, c);
        }
        return builder.ToString();
    }

    private static string? Replacement(char c, bool spellOutUmlauts) => c switch
    {
        'ä' => spellOutUmlauts ? "ae" : "a",
        'ö' => spellOutUmlauts ? "oe" : "o",
        'ü' => spellOutUmlauts ? "ue" : "u",
        'ß' or 'ẞ' => "ss",
        _ => null,
    };

    private static void AppendWithoutAccent(StringBuilder builder, char c)
    {
        if (c < 128)
        {
            builder.Append(c);
            return;
        }
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
                builder.Append(part);
        }
    }
}
