using CultureHub.Core.Matching;

namespace CultureHub.Analysis;

/// <summary>
/// German shares a compound's head across a list and leaves a hyphen in its place ("Ton- und Lichttechnik",
/// "Foto- und Videografie", "Bühnen- und Kostümbildnerin"): the first word is the whole compound
/// ("Tontechnik"), so it is read once more with the head of the word that ends the list.
/// </summary>
internal static class ElidedCompounds
{
    private static readonly HashSet<string> Joins = new(StringComparer.Ordinal) { "und", "oder", "sowie", "bzw" };

    /// <param name="tokens">The analysed text, in order.</param>
    /// <param name="isElided">Whether a word ends in such a hyphen, given its end offset.</param>
    /// <param name="analyze">Analyses one German word.</param>
    public static List<AnalyzedToken> Complete(List<AnalyzedToken> tokens, Func<int, bool> isElided, Func<string, IReadOnlyList<AnalyzedToken>> analyze)
    {
        var result = new List<AnalyzedToken>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.IsSubword || !isElided(token.End) || HeadAfter(tokens, token.Position, isElided) is not { } head)
            {
                result.Add(token);
                continue;
            }

            // The completed compound stands where the elided word stood, its first part still a modifier of it.
            result.AddRange(analyze(token.Surface + head).Select(t => t with { Position = token.Position, Start = token.Start, End = token.End }));
        }

        return result;
    }

    /// <summary>The head of the compound that ends the list ("technik" of "Lichttechnik"), with its ending.</summary>
    private static string? HeadAfter(List<AnalyzedToken> tokens, int position, Func<int, bool> isElided)
    {
        var words = tokens.Where(t => !t.IsSubword && t.Position > position).ToList();
        var last = words.SkipWhile(t => isElided(t.End) || Joins.Contains(t.Surface)).FirstOrDefault();
        if (last is null || words.TakeWhile(t => t != last).Any(t => !isElided(t.End) && !Joins.Contains(t.Surface)))
        {
            return null;
        }

        var head = tokens.LastOrDefault(t => t.IsSubword && !t.IsModifier && t.Position == last.Position);
        var at = head is null ? -1 : last.Surface.LastIndexOf(head.Surface, StringComparison.Ordinal);
        return at > 0 ? last.Surface[at..] : null;
    }
}
