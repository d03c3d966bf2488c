using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>An analysed text grouped by position: the word first, then the parts of a compound.</summary>
internal sealed class TokenPositions
{
    private readonly List<List<AnalyzedToken>> _positions = [];

    /// <param name="tokens">The analysed words.</param>
    /// <param name="writtenIn">
    /// The language the member writes in, when known: cue words are looked up in that language only, so a
    /// German "am" ("am Klavier") never reads an English "I am a photographer".
    /// </param>
    public TokenPositions(IReadOnlyList<AnalyzedToken> tokens, Language? writtenIn = null)
    {
        WrittenIn = writtenIn;
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

    /// <summary>The language the member writes in; null where either may be meant.</summary>
    public Language? WrittenIn { get; }

    public int Count => _positions.Count;

    public IReadOnlyList<AnalyzedToken> this[int position] => _positions[position];
}
