using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CultureHub.TextKeyGeneration;

/// <summary>
/// Reads the keys of a flat JSON object of strings (the text files' only shape). Hand-written because a
/// generator runs inside the compiler on netstandard2.0, where System.Text.Json would be a dependency to ship.
/// </summary>
internal static class FlatJson
{
    /// <summary>The keys in file order, or null with a reason when the text is not a flat object of strings.</summary>
    public static List<string>? Keys(string json, out string? error)
    {
        var keys = new List<string>();
        var position = 0;
        error = null;
        if (!Expect(json, ref position, '{'))
        {
            error = "the file does not start with '{'";
            return null;
        }

        SkipSpace(json, ref position);
        if (position < json.Length && json[position] == '}')
        {
            return keys;
        }

        while (true)
        {
            if (ReadString(json, ref position) is not { } key || !Expect(json, ref position, ':') || ReadString(json, ref position) is null)
            {
                error = $"expected \"key\": \"text\" near character {position.ToString(CultureInfo.InvariantCulture)}";
                return null;
            }

            keys.Add(key);
            if (Expect(json, ref position, ','))
            {
                continue;
            }

            if (Expect(json, ref position, '}'))
            {
                return keys;
            }

            error = $"expected ',' or '}}' near character {position.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }
    }

    private static bool Expect(string json, ref int position, char expected)
    {
        SkipSpace(json, ref position);
        if (position < json.Length && json[position] == expected)
        {
            position++;
            return true;
        }

        return false;
    }

    private static string? ReadString(string json, ref int position)
    {
        if (!Expect(json, ref position, '"'))
        {
            return null;
        }

        var text = new StringBuilder();
        while (position < json.Length)
        {
            var c = json[position++];
            if (c == '"')
            {
                return text.ToString();
            }

            if (c == '\\' && position < json.Length)
            {
                var escaped = json[position++];
                if (escaped == 'u' && position + 4 <= json.Length)
                {
                    text.Append((char)System.Convert.ToInt32(json.Substring(position, 4), 16));
                    position += 4;
                    continue;
                }

                text.Append(escaped switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => escaped });
                continue;
            }

            text.Append(c);
        }

        return null;
    }

    private static void SkipSpace(string json, ref int position)
    {
        while (position < json.Length && (char.IsWhiteSpace(json[position]) || json[position] == '\uFEFF'))
        {
            position++;
        }
    }
}
