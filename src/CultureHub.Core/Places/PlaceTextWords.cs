using System.Collections.Frozen;

namespace CultureHub.Core.Places;

/// <summary>
/// Words around a place name in members' answers, in folded form (see <see cref="PlaceNameFolding"/>),
/// German and English.
/// </summary>
internal static class PlaceTextWords
{
    /// <summary>Words that may come before the name: "ich wohne in der Nähe von", "Landkreis", "near".</summary>
    private static readonly FrozenSet<string> Leading = new[]
    {
        "ich", "wir", "i", "m", "im", "am", "an", "bin", "sind", "ist", "is", "are", "live", "living",
        "wohne", "wohnen", "lebe", "leben", "komme", "kommen", "come", "stamme", "from", "aus",
        "in", "bei", "near", "nearby", "nahe", "nah", "naehe", "close", "to", "der", "die", "das",
        "dem", "den", "des", "von", "vom", "of", "the", "a", "um", "rund", "around", "zwischen",
        "umgebung", "umland", "gegend", "landkreis", "lk", "kreis", "raum", "region", "stadt",
        "gemeinde", "samtgemeinde", "ort", "dorf", "city", "town", "village", "county", "district",
        "mein", "meine", "my", "wohnort", "heimat", "heimatort", "hometown", "zuhause", "zu", "hause",
        "daheim", "hier", "here", "also", "ja", "yes", "so", "genau", "jetzt", "now", "seit", "kurz",
        "vor", "hinter", "ausserhalb", "outside", "mitten", "direkt", "nicht", "weit", "far",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that may follow the name: "Hannover und Umgebung", "Vechta, Germany".</summary>
    private static readonly FrozenSet<string> Trailing = new[]
    {
        "und", "and", "umgebung", "umland", "gegend", "area", "region", "raum", "kreis", "landkreis",
        "stadt", "city", "town", "germany", "deutschland", "niedersachsen", "lower", "saxony", "de",
        "nds", "bzw", "etc", "usw", "rum", "herum", "drumherum",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words right before a place name in a sentence: "bei Diepholz", "aus Celle".</summary>
    private static readonly FrozenSet<string> Cues = new[]
    {
        "in", "im", "bei", "aus", "near", "nahe", "naehe", "from", "von", "vom", "nach", "zwischen",
        "raum", "landkreis", "lk", "kreis", "region", "around", "um", "ausserhalb", "outside",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Place names that are also everyday words ("Leer", "Essen", "Lehre", "Mitte"). In a sentence
    /// they count only right after a cue word; on their own as an answer they count as usual.
    /// </summary>
    private static readonly FrozenSet<string> EverydayWords = new[]
    {
        "mitte", "zoo", "burg", "berge", "bergen", "binnen", "elbe", "essen", "halle", "otter",
        "weste", "welle", "hage", "hagen", "linden", "osten", "kuesten", "norden", "stelle", "sande",
        "heere", "hassel", "lamme", "haste", "brake", "lehre", "hatten", "damme", "leer", "melle",
        "twist", "bunde", "riede", "drage", "holle", "polle", "kluse", "freden", "bult", "jade",
        "lahe", "appel", "wanna", "laar", "engeln", "wenden", "dissen", "langen", "siegen",
        "erlangen", "neustadt", "nordstadt", "suedstadt", "oststadt", "westen", "wedel", "bad",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that say a member lives somewhere, as opposed to working or studying there.</summary>
    private static readonly FrozenSet<string> Home = new[]
    {
        "wohne", "wohnen", "wohnt", "wohnhaft", "lebe", "leben", "lebt", "live", "lives", "living",
        "zuhause", "daheim", "home", "wohnort", "heimat",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that place a town near another: "Achim bei Verden", "Hude near Oldenburg".</summary>
    private static readonly FrozenSet<string> Near = new[]
    {
        "bei", "near", "nearby", "nahe", "nah", "close", "naehe", "neben", "next",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the words from <paramref name="at"/> say "near": "bei", "near", "in der Nähe von". The
    /// town named before them is where the member is; the one after is only the landmark.
    /// </summary>
    public static bool IsNearAt(string[] tokens, int at) =>
        at < tokens.Length && (Near.Contains(tokens[at]) || (tokens[at] == "in" && at + 2 < tokens.Length && tokens[at + 2] == "naehe"));

    public static bool IsLeading(string token) => Leading.Contains(token);

    public static bool IsTrailing(string token) => Trailing.Contains(token);

    public static bool IsCue(string token) => Cues.Contains(token);

    public static bool IsHomeWord(string token) => Home.Contains(token);

    public static bool IsEverydayWord(string key) => EverydayWords.Contains(key);
}
