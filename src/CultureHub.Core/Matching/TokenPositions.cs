namespace CultureHub.Core.Matching;

/// <summary>An analysed text grouped by position: the word first, then the parts of a compound.</summary>
internal sealed class TokenPositions
{
    private readonly List<List<AnalyzedToken>> _positions = [];

    public TokenPositions(IReadOnlyList<AnalyzedToken> tokens)
    {
        var index = new Dictionary<int, List<AnalyzedToken>>();
        foreach (var token in tokens)
        {
            if (!index.TryGetValue(token.Position, out var list))
            {
                index[token.Position] = list = [];
                _positions.Add(list);
            }

            list.Add(token);
        }
    }

    public int Count => _positions.Count;

    public IReadOnlyList<AnalyzedToken> this[int position] => _positions[position];
}
