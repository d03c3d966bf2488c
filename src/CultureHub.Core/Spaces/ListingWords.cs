using CultureHub.Core.Matching;
using CultureHub.Core.Places;

namespace CultureHub.Core.Spaces;

/// <summary>
/// The words of a /find that say what is wanted, for the search in listings' names and descriptions:
/// the content words (<see cref="ContentWords"/>) of four letters or more. A word matches inside a
/// longer one, because German compounds it ("Siebdruck" in "Siebdrucktische").
/// </summary>
public static class ListingWords
{
    public static IReadOnlyList<string> Of(string what) =>
        ContentWords.Of(what).Where(w => w.Length >= 4).Distinct(StringComparer.Ordinal).ToList();

    public static bool AllIn(IReadOnlyList<string> words, Listing listing)
    {
        var text = PlaceNameFolding.Fold(listing.Title + " " + listing.Description);
        return words.All(w => text.Contains(w, StringComparison.Ordinal));
    }
}
