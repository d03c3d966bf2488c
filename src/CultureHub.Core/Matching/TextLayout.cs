namespace CultureHub.Core.Matching;

/// <summary>
/// What the analyser throws away but a reader needs: where sentences and clauses end (full stops,
/// colons, dashes, brackets), where commas stand, and which words a German writer began with a small
/// letter — in German only nouns and sentence starts are capitalised, so "fotografiere" is a verb and
/// "Bands" after it its object.
/// </summary>
internal sealed class TextLayout
{
    private readonly int[] _clause;
    private readonly bool[] _commaBefore;
    private readonly bool[] _startsLower;
    private readonly bool[] _startsUpper;
    private readonly bool[] _hyphenBefore;
    private readonly HashSet<int> _asides = [];
    private readonly HashSet<int> _listings = [];

    /// <param name="hasNounCapitals">Whether the text is German, where only nouns and sentence starts are capitalised.</param>
    public TextLayout(string text, TokenPositions positions, bool hasNounCapitals = true)
    {
        _clause = new int[positions.Count];
        _commaBefore = new bool[positions.Count];
        _startsLower = new bool[positions.Count];
        _startsUpper = new bool[positions.Count];
        _hyphenBefore = new bool[positions.Count];
        var clause = 0;
        var previousEnd = 0;
        var hasCapitals = hasNounCapitals && text.Skip(1).Any(char.IsUpper);
        for (var p = 0; p < positions.Count; p++)
        {
            var word = positions[p][0];
            if (word.Start < 0)
            {
                _clause[p] = clause;
                continue;
            }

            var between = text.AsSpan(previousEnd, Math.Max(0, word.Start - previousEnd));
            if (p > 0 && IsClauseBreak(between))
            {
                clause++;
                if (between.Trim().EndsWith('('))
                {
                    _asides.Add(clause);
                }

                if (between.Trim() is [.., ':' or '('])
                {
                    _listings.Add(clause);
                }
            }

            _clause[p] = clause;
            _commaBefore[p] = between.Contains(',') || between.Contains('/');
            _startsLower[p] = hasCapitals && char.IsLower(text[word.Start]);
            _startsUpper[p] = char.IsUpper(text[word.Start]);
            _hyphenBefore[p] = p > 0 && between.Trim().SequenceEqual("-") && between.Length == 1;
            previousEnd = Math.Max(previousEnd, word.End);
        }
    }

    public int Count => _clause.Length;

    public int ClauseOf(int position) => _clause[position];

    /// <summary>A comma (or a slash, which lists the same way) stands right before the word.</summary>
    public bool HasCommaBefore(int position) => _commaBefore[position];

    /// <summary>A German word written small in a text that uses capitals: a verb, adjective or function word.</summary>
    public bool StartsLower(int position) => _startsLower[position];

    /// <summary>The word is written with a capital, in any language (names are, in English too).</summary>
    public bool StartsUpper(int position) => _startsUpper[position];

    /// <summary>Whether a comma stands before any word from <paramref name="from"/> to <paramref name="to"/> (both inclusive).</summary>
    public bool HasCommaIn(int from, int to)
    {
        for (var p = Math.Max(from, 0); p <= to && p < Count; p++)
        {
            if (HasCommaBefore(p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause a word belongs to in sense: a bracketed aside ("Bands, die den Raum teilen wollen (Miete wird
    /// geteilt)") speaks of the clause before it.
    /// </summary>
    public int SenseClauseOf(int position) => _asides.Contains(_clause[position]) ? _clause[position] - 1 : _clause[position];

    /// <summary>The clause opens after a colon or bracket: it spells out what the clause before it named ("Band aus Celle: Gitarre, Bass").</summary>
    public bool IsListingClause(int position) => _listings.Contains(_clause[position]);

    /// <summary>The first position of the clause the word stands in.</summary>
    public int ClauseStart(int position)
    {
        var p = position;
        while (p > 0 && ClauseOf(p - 1) == ClauseOf(position))
        {
            p--;
        }

        return p;
    }

    /// <summary>The word is the second part of a hyphenated compound ("Chor-Mikrofonierung").</summary>
    public bool HasHyphenBefore(int position) => _hyphenBefore[position];

    private static bool IsClauseBreak(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (c is '.' or '!' or '?' or ';' or ':' or '–' or '—' or '(' or ')' or '[' or ']' or '\n' or '•')
            {
                return true;
            }
        }

        // A hyphen with spaces around it is a dash; one inside a word ("Live-Sound") never reaches here.
        return between.Contains(" - ", StringComparison.Ordinal);
    }
}
