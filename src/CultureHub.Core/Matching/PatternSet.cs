using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>The compiled patterns of one language, looked up by their first step.</summary>
internal sealed class PatternSet(ITermAnalyzer analyzer, Language language)
{
    private const int MinPrefix = 3;
    private const int MaxGap = 1;
    private readonly Dictionary<string, List<TermPattern>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TermPattern>> _byPrefix = new(StringComparer.Ordinal);

    public void Add(string targetId, string phrase, double weight)
    {
        var steps = new List<PatternStep>();
        foreach (var word in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var isPrefix = word.EndsWith('*');
            var tokens = analyzer.Analyze(word.TrimEnd('*'), language).Where(t => !t.IsSubword).ToList();
            if (isPrefix && tokens.Count > 0)
            {
                steps.AddRange(tokens.Take(tokens.Count - 1).Select(t => new PatternStep(t.Stem, false)));
                steps.Add(new PatternStep(tokens[^1].Surface, true));
            }
            else
            {
                steps.AddRange(tokens.Select(t => new PatternStep(t.Stem, false)));
            }
        }

        if (steps.Count == 0 || (steps[0].IsPrefix && steps[0].Value.Length < MinPrefix))
        {
            return;
        }

        var pattern = new TermPattern(targetId, [.. steps], weight);
        var map = steps[0].IsPrefix ? _byPrefix : _byStem;
        if (!map.TryGetValue(steps[0].Value, out var list))
        {
            map[steps[0].Value] = list = [];
        }

        list.Add(pattern);
    }

    /// <summary>Every place where a pattern meets the analysed text.</summary>
    public List<PatternHit> Find(TokenPositions text)
    {
        var hits = new List<PatternHit>();
        for (var p = 0; p < text.Count; p++)
        {
            foreach (var token in text[p])
            {
                foreach (var pattern in Starting(token))
                {
                    var (end, skipped) = MatchRest(pattern, text, p);
                    if (end >= 0)
                    {
                        hits.Add(new PatternHit(pattern, p, end, token.IsSubword, token.Surface, token.IsModifier) { Skipped = skipped });
                    }
                }
            }
        }

        return hits;
    }

    private IEnumerable<TermPattern> Starting(AnalyzedToken token)
    {
        var stems = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var cut = 0; cut <= VerbEndingCut(token.Stem); cut++)
        {
            if (stems.TryGetValue(token.Stem.AsSpan(0, token.Stem.Length - cut), out var exact))
            {
                foreach (var pattern in exact)
                {
                    yield return pattern;
                }
            }
        }

        var lookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var len = MinPrefix; len <= token.Surface.Length; len++)
        {
            if (lookup.TryGetValue(token.Surface.AsSpan(0, len), out var prefixed))
            {
                foreach (var pattern in prefixed)
                {
                    yield return pattern;
                }
            }
        }
    }

    /// <returns>Where the pattern ends (-1 where it does not match) and the words it stepped over, as bits after <paramref name="start"/>.</returns>
    private (int End, int Skipped) MatchRest(TermPattern pattern, TokenPositions text, int start)
    {
        var at = start;
        var skipped = 0;
        for (var s = 1; s < pattern.Steps.Length; s++)
        {
            var found = -1;
            for (var q = at + 1; q <= at + 1 + MaxGap && q < text.Count && found < 0; q++)
            {
                if (text[q].Any(t => !t.IsSubword && Meets(pattern.Steps[s], t)))
                {
                    found = q;
                }
            }

            if (found < 0)
            {
                return (-1, 0);
            }

            for (var q = at + 1; q < found; q++)
            {
                skipped |= 1 << (q - start - 1);
            }

            at = found;
        }

        return (at, skipped);
    }

    private bool Meets(PatternStep step, AnalyzedToken token) =>
        step.IsPrefix ? token.Surface.StartsWith(step.Value, StringComparison.Ordinal) : token.Stem == step.Value || IsThirdPersonOf(token.Stem, step.Value);

    /// <summary>
    /// In German, a verb stem under a third-person ending the stemmer leaves on ("schreibt", "gestaltet"): "jemand,
    /// der Songs schreibt" is the phrasing "Songs schreiben".
    /// </summary>
    private bool IsThirdPersonOf(string stem, string verb) =>
        language == Language.De && stem.Length > verb.Length && stem.Length - verb.Length <= VerbEndingCut(stem)
        && stem.StartsWith(verb, StringComparison.Ordinal);

    /// <summary>How many letters a third-person ending may take off a German stem: "t", or "et"; none elsewhere.</summary>
    private int VerbEndingCut(string stem) =>
        language != Language.De || stem.Length < 5 || stem[^1] != 't' ? 0 : stem[^2] == 'e' ? 2 : 1;
}
