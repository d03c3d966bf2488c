namespace CultureHub.Core.Matching;

/// <summary>
/// Which needs in a search describe clients. In a sentence with a client-describing relative clause
/// ("Musiker*innen aus der Region, die ein Video wollen"), the things it hangs on are whom the member
/// wants to work for, and what follows it elaborates their need ("…, live oder im Studio"). Only a new
/// object after the clause ("…, und einen Schreibtisch im Coworking"), a thing with its own article listed
/// before an unmarked head ("einen Proberaum und Bands, die …") or another sentence is an ordinary need.
/// </summary>
internal sealed class ClientHeads(ReadingCues cues)
{
    /// <param name="hits">The chosen hits, ordered by where they start.</param>
    /// <param name="isNeed">Which hits were read as the member's own need (the others are never heads).</param>
    public bool[] Find(IReadOnlyList<PatternHit> hits, bool[] isNeed, OthersNeedClauses clauses, TokenPositions positions, TextLayout layout)
    {
        var isClient = new bool[hits.Count];
        foreach (var opener in clauses.ClientOpeners)
        {
            var clause = layout.ClauseOf(opener);
            var next = opener;
            var nextHasArticle = false;
            for (var i = hits.Count - 1; i >= 0; i--)
            {
                var hit = hits[i];
                if (layout.SenseClauseOf(hit.Start) != clause)
                {
                    continue;
                }

                if (hit.Start > opener)
                {
                    isClient[i] |= clauses.Inside[hit.Start] || !StartsNewObject(positions, layout, opener, hit.Start);
                    continue;
                }

                if (!isNeed[i])
                {
                    continue;
                }

                if (hit.End >= next)
                {
                    // The same words read once more (in the other language, or as a longer phrase) name the same clients.
                    isClient[i] |= next < opener;
                    continue;
                }

                var hasArticle = HasArticleBefore(positions, hit.Start);
                if (next < opener && hasArticle && !nextHasArticle && cues.Joins.AnyIn(positions, hit.End + 1, next - 1))
                {
                    break;
                }

                isClient[i] = true;
                (next, nextHasArticle) = (hit.Start, hasArticle);
            }
        }

        return isClient;
    }

    /// <summary>", und einen …" after the relative clause starts a new object of the member's own search.</summary>
    private bool StartsNewObject(TokenPositions positions, TextLayout layout, int opener, int start)
    {
        for (var p = opener + 1; p < start; p++)
        {
            if (layout.HasCommaBefore(p) && cues.Joins.IsAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }

    private bool HasArticleBefore(TokenPositions positions, int start) => start > 0 && cues.Articles.IsAt(positions, start - 1);
}
