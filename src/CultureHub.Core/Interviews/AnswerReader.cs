using System.Text.RegularExpressions;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>Reads free-text interview answers the way a person would: forgiving, and looking for more than was asked.</summary>
public static partial class AnswerReader
{
    public const int MaxNameLength = 80;
    public const int MaxFreeTextLength = 1500;
    public const int MaxLinks = 8;

    private static readonly string[] NamePrefixes =
    [
        "ich heiße ", "ich heisse ", "mein name ist ", "ich bin ", "wir sind ", "wir heißen ", "wir heissen ",
        "my name is ", "i am ", "i'm ", "im ", "call me ", "we are ", "we're ", "name: ",
    ];

    private static readonly HashSet<string> SkipWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "-", "nein", "nö", "nichts", "keine", "keins", "nix", "skip", "no", "none", "nothing", "überspringen", "weiter", "next", "n/a",
    };

    /// <summary>Typed instead of pressing "Fertig"/"Done" where a step collects choices (the sectors).</summary>
    private static readonly HashSet<string> DoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "fertig", "passt", "passt so", "ok", "okay", "weiter", "done", "finished", "that's it", "next",
    };

    private static readonly HashSet<string> BackWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "zurück", "zurueck", "back", "go back",
    };

    /// <summary>Why an answer cannot be taken, or null when it can.</summary>
    public static string? Problem(string text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return TextKeys.AnswerEmpty;
        }

        if (text.Length > maxLength)
        {
            return TextKeys.AnswerTooLong;
        }

        return text.Any(char.IsLetterOrDigit) ? null : TextKeys.AnswerNoWords;
    }

    public static bool IsSkip(string text) => SkipWords.Contains(text.Trim().TrimEnd('.', '!'));

    public static bool IsDone(string text) => DoneWords.Contains(text.Trim().TrimEnd('.', '!'));

    public static bool IsBack(string text) => BackWords.Contains(text.Trim().TrimEnd('.', '!'));

    /// <summary>
    /// Reads a name, and whatever else came with it: "Ich bin Jana, Tontechnikerin aus Vechta"
    /// gives "Jana" and "Tontechnikerin aus Vechta".
    /// </summary>
    public static (string Name, string? Remainder) ReadNameAndRest(string text)
    {
        var name = ReadName(text);
        (int At, int After)? cut = null;
        var mark = name.IndexOfAny([',', ';', '.', '!', '\n']);
        if (mark > 0 && WordCount(name[(mark + 1)..]) >= 2)
        {
            cut = (mark, mark + 1);
        }

        // "Jonas und spiele Gitarre" goes on about the member; "Tim und Lea" is one name (a duo). The name
        // ends at whichever comes first: "Fenja und gebe Kurse, ich tanze" is Fenja.
        var goesOn = NameThenSentence().Match(name);
        if (goesOn.Success && goesOn.Index > 0 && (cut is null || goesOn.Index < cut.Value.At)
            && WordCount(name[(goesOn.Index + goesOn.Length)..]) >= 2)
        {
            cut = (goesOn.Index, goesOn.Index + goesOn.Length);
        }

        return cut is { } at ? (name[..at.At].Trim(), name[at.After..].Trim()) : (name, null);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    public static string ReadName(string text)
    {
        var collapsed = Collapse(text);
        // "Moin, ich bin Jonas": the greeting is not the name (unless it is all there is).
        var greeting = LeadingGreeting().Match(collapsed);
        var name = greeting.Success && greeting.Length < collapsed.Length ? collapsed[greeting.Length..] : collapsed;
        foreach (var prefix in NamePrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length)
            {
                name = name[prefix.Length..];
                break;
            }
        }

        return name.Trim().TrimEnd('.', '!', ',', ';');
    }

    /// <summary>
    /// Splits "Ich spiele Bass und suche eine Band" into what is offered and what is sought.
    /// Returns null for the sought part when the text does not say it looks for something.
    /// </summary>
    public static (string Offers, string? Seeks) SplitOfferAndSeek(string text)
    {
        var match = SeekMarker().Match(text);
        if (!match.Success || match.Index == 0)
        {
            return (text.Trim(), null);
        }

        var offers = text[..match.Index].Trim().TrimEnd(',', ';', '.', '-').Trim();
        var seeks = text[match.Index..].Trim();
        offers = TrailingConjunction().Replace(offers, string.Empty).Trim();
        return offers.Length == 0 ? (text.Trim(), null) : (offers, seeks);
    }

    /// <summary>Finds a town mentioned with a preposition ("aus Vechta", "near Celle").</summary>
    public static PlaceMatch? FindTownMention(string text, IGazetteer gazetteer)
    {
        foreach (Match match in TownMention().Matches(text))
        {
            var found = gazetteer.Resolve(match.Groups["place"].Value);
            if (found is { Confidence: >= 0.85 })
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// Web addresses and profile handles with their platform ("@jana_fotos auf Instagram"), in the order written.
    /// A handle's text is taken out before addresses are looked for, so "@band.music" never becomes a web site.
    /// </summary>
    public static IReadOnlyList<string> ReadLinks(string text)
    {
        var handles = SocialHandles.ReadLinks(text);
        var found = handles.Select(h => (h.Index, h.Url)).ToList();
        foreach (Match match in LinkPattern().Matches(SocialHandles.WithoutHandles(text)))
        {
            var value = match.Value.TrimEnd('.', ',', ';', ')', '!', '?');
            if (!value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                value = "https://" + value;
            }

            if (Uri.TryCreate(value, UriKind.Absolute, out var uri)
                && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            {
                found.Add((match.Index, uri.ToString()));
            }
        }

        return found.OrderBy(f => f.Index).Select(f => f.Url)
            .Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxLinks).ToList();
    }

    public static IReadOnlyList<Sector> ReadSectors(string text, IReadOnlyDictionary<Sector, string[]> words)
    {
        var lower = text.ToLowerInvariant();
        return Sectors.All.Where(s => words.TryGetValue(s, out var list) && list.Any(w => ContainsWord(lower, w))).ToList();
    }

    public static string Collapse(string text) => Whitespace().Replace(text.Trim(), " ");

    private static bool ContainsWord(string haystack, string word)
    {
        var index = haystack.IndexOf(word, StringComparison.Ordinal);
        return index >= 0 && (index == 0 || !char.IsLetter(haystack[index - 1]));
    }

    /// <summary>Members' text runs through these patterns: a bound turns a pathological input into the adapter's apology, not a hung conversation.</summary>
    private const int MatchTimeoutMs = 1000;

    [GeneratedRegex(@"^((hallo|hallöchen|hello|hi|hey|moin|moinsen|servus|huhu|hej|tach|salut|ahoi|good\s+(morning|afternoon|evening)|guten\s+(morgen|tag|abend)|grüß\s+gott)\b(\s+(zusammen|ihr|alle|leute|there|everyone|all|folks))?[\s,!.:;\-–—\p{So}\p{Cs}\uFE0F]*)+", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex LeadingGreeting();

    // Case-sensitive on purpose: after "und"/"and" a lower-case word or a pronoun starts a sentence, a capital starts a second name.
    [GeneratedRegex(@"\s(und|and)\s+(?=(ich|wir|I|I'm|we|Ich|Wir|We)\b|[a-zäöüß])", RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex NameThenSentence();

    [GeneratedRegex(@"\b(ich suche|wir suchen|suche|suchen|ich brauche|wir brauchen|brauche|gesucht wird|gesucht|looking for|i need|we need|i'm looking|we're looking|seeking|searching for|i want to find)\b", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex SeekMarker();

    [GeneratedRegex(@"\s+(und|and|,)$", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex TrailingConjunction();

    [GeneratedRegex(@"\b(aus|in|bei|nahe|nähe von|near|from|based in|around)\s+(?<place>[A-ZÄÖÜ][\p{L}\-]+(\s(am|an der|im|\(?[A-ZÄÖÜ][\p{L}\-)]+))?)", RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex TownMention();

    [GeneratedRegex(@"(https?://[^\s<>""]+|www\.[^\s<>""]+|\b[\w\-]+(\.[\w\-]+)*\.(de|com|net|org|io|art|music|band|info|eu|fm|tv|studio|me)(/[^\s<>""]*)?)", RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture, MatchTimeoutMs)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\s+", RegexOptions.None, MatchTimeoutMs)]
    private static partial Regex Whitespace();
}
