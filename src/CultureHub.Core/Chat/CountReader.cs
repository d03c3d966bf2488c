using System.Globalization;

namespace CultureHub.Core.Chat;

/// <summary>
/// A count typed in chat the way people answer "how many places?": "12", "12 Plätze", "ca. 15",
/// "zwölf", "twenty people". Anything else, such as a range ("10-15") or two numbers, is no count,
/// so the question is asked again instead of a guess being stored.
/// </summary>
public static class CountReader
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ein"] = 1, ["eine"] = 1, ["eins"] = 1, ["one"] = 1, ["zwei"] = 2, ["two"] = 2, ["drei"] = 3, ["three"] = 3,
        ["vier"] = 4, ["four"] = 4, ["fünf"] = 5, ["fuenf"] = 5, ["five"] = 5, ["sechs"] = 6, ["six"] = 6,
        ["sieben"] = 7, ["seven"] = 7, ["acht"] = 8, ["eight"] = 8, ["neun"] = 9, ["nine"] = 9, ["zehn"] = 10, ["ten"] = 10,
        ["elf"] = 11, ["eleven"] = 11, ["zwölf"] = 12, ["zwoelf"] = 12, ["twelve"] = 12, ["dreizehn"] = 13, ["thirteen"] = 13,
        ["vierzehn"] = 14, ["fourteen"] = 14, ["fünfzehn"] = 15, ["fuenfzehn"] = 15, ["fifteen"] = 15,
        ["sechzehn"] = 16, ["sixteen"] = 16, ["siebzehn"] = 17, ["seventeen"] = 17, ["achtzehn"] = 18, ["eighteen"] = 18,
        ["neunzehn"] = 19, ["nineteen"] = 19, ["zwanzig"] = 20, ["twenty"] = 20, ["dreißig"] = 30, ["dreissig"] = 30, ["thirty"] = 30,
        ["vierzig"] = 40, ["forty"] = 40, ["fünfzig"] = 50, ["fuenfzig"] = 50, ["fifty"] = 50, ["hundert"] = 100, ["hundred"] = 100,
    };

    /// <summary>Words around the number that say nothing about it ("ca. 12 Plätze", "about 20 people").</summary>
    private static readonly HashSet<string> Around = new(StringComparer.OrdinalIgnoreCase)
    {
        "ca", "ca.", "circa", "etwa", "ungefähr", "maximal", "max", "max.", "höchstens", "bis", "zu",
        "about", "around", "approx", "approx.", "up", "to", "at", "most", "maximum",
        "plätze", "platz", "personen", "person", "leute", "teilnehmende", "teilnehmer", "teilnehmer*innen", "menschen",
        "places", "place", "people", "persons", "participants", "seats", "spots",
    };

    /// <summary>The one count in the text; null when there is none, or more than one.</summary>
    public static int? Read(string text)
    {
        int? found = null;
        foreach (var token in text.Split([' ', '\t', '\n', ',', '!', '?'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.TrimEnd('.', ';', ':', ')').TrimStart('(');
            if (word.Length == 0 || Around.Contains(token) || Around.Contains(word))
            {
                continue;
            }

            int? value = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
                : Words.TryGetValue(word, out var named) ? named
                : null;
            if (value is null || found is not null)
            {
                return null;
            }

            found = value;
        }

        return found;
    }
}
