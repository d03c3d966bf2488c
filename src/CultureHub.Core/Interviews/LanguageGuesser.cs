using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Tells German from English by their most common small words (null when it cannot tell), and notices
/// text written in neither, so a member writing in another language is told what the bot understands
/// instead of getting an empty reading without a word.
/// </summary>
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

    // Small words of languages newcomers in Lower Saxony often write (Turkish, Kurmanji, Polish, Spanish,
    // Italian, French, Portuguese) that are not words of German or English themselves. Dutch is left out
    // on purpose: its small words are Low German's too ("ik", "op", "een"), and Platt is at home here.
    private static readonly HashSet<string> Other = new(StringComparer.OrdinalIgnoreCase)
    {
        "ve", "bir", "ben", "bu", "için", "ile", "çok", "ama", "gibi", "var", "yok", "arıyorum", "ez", "û", "ji", "li",
        "się", "jest", "jestem", "że", "szukam", "oraz", "el", "la", "y", "que", "las", "soy", "busco", "con", "por",
        "una", "il", "e", "che", "di", "sono", "cerco", "gli", "della", "le", "les", "et", "suis", "une", "est",
        "avec", "pour", "cherche", "o", "os", "eu", "sou", "não", "procuro", "de", "em",
    };

    // Dots and colons stay inside a word so that "www.example.de" or "https://…" is one word, skipped below.
    private static readonly char[] Separators = [' ', '\n', '\t', ',', '!', '?', ';', '(', ')', '"', '\'', '’', '/'];

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

    /// <summary>
    /// True when the text is clearly in neither German nor English: mostly letters of another script
    /// (Arabic, Cyrillic, Persian …), or at least three words whose small words belong to another
    /// language and outnumber the German and English ones. Latin-script names and lists of nouns
    /// ("Gitarre, Gesang, Booking") are never taken for another language; a name in another script is,
    /// so the name step asks only about whole sentences.
    /// </summary>
    public static bool IsNeither(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        int letters = 0, foreign = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                foreign += IsLatin(c) ? 0 : 1;
            }
        }

        if (letters > 0 && foreign * 2 >= letters)
        {
            return true;
        }

        var words = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(word => word.Trim('.', ':', '-', '…'))
            .Where(word => word.Length > 0 && !word.Contains('.', StringComparison.Ordinal) && !word.Contains(':', StringComparison.Ordinal) && !word.Contains('@', StringComparison.Ordinal))
            .ToList();
        int own = 0, other = 0;
        foreach (var word in words)
        {
            own += English.Contains(word) || German.Contains(word) ? 1 : 0;
            other += Other.Contains(word) || word.Any(IsOtherLatinLetter) ? 1 : 0;
        }

        return words.Count >= 3 && other >= 2 && other > own;
    }

    // Basic Latin, Latin-1, Latin Extended-A/B and Latin Extended Additional (Vietnamese and others).
    private static bool IsLatin(char c) => c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF';

    // Letters German and English never use but Turkish, Polish, Spanish, Portuguese, Czech and Hungarian do.
    private static bool IsOtherLatinLetter(char c) => "ıİşŞğĞłŁąężŻźśćńñÑãõřčěőű".Contains(c, StringComparison.Ordinal);
}
