namespace CultureHub.Core.Spaces;

/// <summary>
/// The words of a /find that say what is wanted, for the search in listings' names and descriptions:
/// four letters or more, without the small words around them. A word matches inside a longer one,
/// because German compounds it ("Siebdruck" in "Siebdrucktische").
/// </summary>
public static class ListingWords
{
    private static readonly HashSet<string> Small = new(StringComparer.Ordinal)
    {
        "eine", "einen", "einem", "einer", "eines", "mein", "meine", "meinen", "dein", "deine", "unser", "unsere",
        "oder", "sowie", "auch", "noch", "etwas", "gerne", "gern", "bitte", "suche", "suchen", "brauche", "brauchen",
        "with", "some", "that", "this", "need", "looking", "please", "also", "your", "mine",
    };

    public static IReadOnlyList<string> Of(string what) =>
        new string(what.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Small.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static bool AllIn(IReadOnlyList<string> words, Listing listing)
    {
        var text = (listing.Title + " " + listing.Description).ToLowerInvariant();
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }
}
