namespace CultureHub.Core.Members;

/// <summary>
/// How CultureHub calls a member in a sentence: a person by their first name ("Jana" for "Jana Krüger"),
/// a band, choir, venue or collective by its whole name ("Die Moorsoldaten", never "Die"). The one place
/// where a short name is made, so proposals and explanations always agree.
/// </summary>
public static class MemberNames
{
    /// <summary>Words that make a name the name of a group, place or organisation rather than a person.</summary>
    private static readonly HashSet<string> GroupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "band", "bands", "bigband", "chor", "choir", "orchester", "orchestra", "ensemble", "kollektiv", "collective",
        "verein", "e.v.", "ev", "kulturverein", "musikverein", "theater", "theatre", "bühne", "club", "klub", "galerie",
        "gallery", "studio", "studios", "agentur", "agency", "label", "records", "verlag", "press", "trio", "duo",
        "quartett", "quartet", "crew", "kunstraum", "kulturscheune", "scheune", "festival", "werkstatt", "gmbh", "ug",
        "company", "kompanie", "compagnie", "initiative", "projekt", "project", "kneipe", "bar", "café", "cafe",
        "zentrum", "school", "schule", "musikschule", "radio", "podcast", "magazin",
    };

    /// <summary>Endings of compounds that name a group ("Punkband", "Shantychor", "Kunstverein").</summary>
    private static readonly string[] GroupSuffixes =
    [
        "band", "chor", "orchester", "ensemble", "kollektiv", "verein", "theater", "bühne", "galerie", "studio",
        "agentur", "label", "verlag", "festival", "werkstatt", "scheune", "kneipe", "kompanie", "compagnie",
    ];

    /// <summary>Articles and similar words that begin names of bands and groups ("Die Ärzte", "The Notwist").</summary>
    private static readonly HashSet<string> LeadingArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "die", "der", "das", "den", "the", "les", "los", "las", "la", "le", "il", "de", "het", "ein", "eine", "a",
    };

    /// <summary>Openings by which a member speaks as a group ("Wir sind …", "We're a trio …").</summary>
    private static readonly string[] GroupVoices = ["wir ", "we ", "we're ", "we are ", "unser", "our "];

    /// <param name="displayName">The name the member gave.</param>
    /// <param name="ownWords">What the member wrote about themself, if known: a group that says "wir" keeps its whole name.</param>
    public static string CallName(string displayName, string? ownWords = null)
    {
        var name = displayName.Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || IsGroupName(words) || SpeaksAsGroup(ownWords))
        {
            return name;
        }

        return words[0].EndsWith('.') ? name : words[0];
    }

    /// <summary>The member's call name, read with their own words.</summary>
    public static string CallName(Member member) => CallName(member.DisplayName, member.Offers);

    private static bool IsGroupName(string[] words) =>
        LeadingArticles.Contains(words[0])
        || words.Any(w => GroupWords.Contains(w.Trim(',', '.', '!', '"', '\'')) || w.Any(char.IsDigit) || w is "&" or "+" or "und" or "and")
        || words.Any(w => GroupSuffixes.Any(g => w.Length > g.Length && w.EndsWith(g, StringComparison.OrdinalIgnoreCase)));

    /// <summary>Whether the member's own words open as a group's ("Wir sind …", "We're a trio …").</summary>
    public static bool SpeaksAsGroup(string? ownWords)
    {
        if (string.IsNullOrWhiteSpace(ownWords))
        {
            return false;
        }

        var start = ownWords.TrimStart().ToLowerInvariant();
        return GroupVoices.Any(v => start.StartsWith(v, StringComparison.Ordinal));
    }
}
