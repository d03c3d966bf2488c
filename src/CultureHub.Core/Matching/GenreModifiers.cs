namespace CultureHub.Core.Matching;

/// <summary>
/// Genre words in front of a noun modify it, they do not stand between it and its preposition:
/// "für Punk-, Hardcore- und Indiebands", "for punk, hardcore and indie bands", "choirs, orchestras or
/// bands". The reader looks at a hit from where its run of modifiers begins, so "für/for" still reaches
/// the noun, and the commas inside the run do not make the noun a new item of an earlier list.
/// </summary>
internal sealed class GenreModifiers(bool[] isGenreAt)
{
    public static GenreModifiers Of(IReadOnlyList<PatternHit> hits, int count, Func<PatternHit, bool> isGenre)
    {
        var at = new bool[count];
        foreach (var hit in hits.Where(isGenre))
        {
            for (var p = hit.Start; p <= Math.Min(hit.End, count - 1); p++)
            {
                at[p] = true;
            }
        }

        return new GenreModifiers(at);
    }

    /// <summary>Where the hit's phrase begins: before the genre words (and the joins between them) right in front of it.</summary>
    public int PhraseStart(int start, int notBefore, Func<int, bool> isJoin)
    {
        var p = start;
        while (p - 1 >= notBefore && p - 1 < isGenreAt.Length
            && (isGenreAt[p - 1] || (isJoin(p - 1) && p - 2 >= notBefore && isGenreAt[p - 2])))
        {
            p--;
        }

        return p;
    }
}
