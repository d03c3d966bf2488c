using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>Tells German from English by their most common small words. Null when it cannot tell.</summary>
public static class LanguageGuesser
{
    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "and", "i", "i'm", "im", "am", "is", "are", "you", "my", "we", "for", "with", "looking", "hello", "hi", "hey",
        "a", "an", "of", "to", "in", "english", "need", "our", "from", "who", "play", "make", "please", "thanks",
    };

    private static readonly HashSet<string> German = new(StringComparer.OrdinalIgnoreCase)
    {
        "der", "die", "das", "und", "ich", "bin", "ist", "sind", "du", "mein", "meine", "wir", "für", "mit", "suche", "hallo",
        "moin", "ein", "eine", "von", "zu", "im", "deutsch", "brauche", "unsere", "aus", "wer", "spiele", "mache", "bitte", "danke", "servus",
    };

    public static Language? Guess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        int en = 0, de = 0;
        foreach (var word in text.Split([' ', ',', '.', '!', '?', '\n', ';', ':'], StringSplitOptions.RemoveEmptyEntries))
        {
            en += English.Contains(word) ? 1 : 0;
            de += German.Contains(word) ? 1 : 0;
            de += word.Any(c => c is 'ä' or 'ö' or 'ü' or 'ß' or 'Ä' or 'Ö' or 'Ü') ? 1 : 0;
        }

        return en > de ? Language.En : de > en ? Language.De : null;
    }
}
