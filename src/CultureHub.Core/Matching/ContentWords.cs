using System.Collections.Frozen;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>
/// The words of a short query that can name something, in folded form (<see cref="PlaceNameFolding"/>):
/// small words ("eine", "suche", "bitte", "my") carry no competence, space or gear. Shared by the
/// competence suggester and the word search of /find, so both drop the same words.
/// </summary>
public static class ContentWords
{
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "und", "oder", "sowie", "fuer", "mit", "von", "vom", "zum", "zur", "der", "die", "das", "den", "dem", "des",
        "ein", "eine", "einen", "einem", "einer", "eines", "im", "in", "am", "an", "auf", "bei", "ich", "wir",
        "mein", "meine", "meinen", "dein", "deine", "unser", "unsere", "auch", "noch", "etwas", "gern", "gerne",
        "bitte", "suche", "suchen", "brauche", "brauchen", "biete",
        "the", "and", "for", "with", "of", "a", "my", "mine", "our", "your", "we", "i", "to", "at", "on",
        "some", "that", "this", "also", "need", "looking", "please",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The content words of text that is already folded.</summary>
    public static string[] OfFolded(string folded) =>
        PlaceNameFolding.Tokens(folded).Where(w => !FunctionWords.Contains(w)).ToArray();

    /// <summary>The content words of what a member typed.</summary>
    public static string[] Of(string text) => OfFolded(PlaceNameFolding.Fold(text));
}
