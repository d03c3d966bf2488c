using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>One closed class of cue words, analysed the way the text is, matched by stem or by surface.</summary>
internal sealed class CueWords
{
    private readonly Dictionary<Language, Forms> _byLanguage = [];
    private readonly Forms _either = new();

    public CueWords(ITermAnalyzer analyzer, LocalizedTerms terms)
    {
        foreach (var language in (Language[])[Language.De, Language.En])
        {
            var forms = _byLanguage[language] = new Forms();
            foreach (var token in terms.For(language).SelectMany(t => analyzer.Analyze(t, language)).Where(t => !t.IsSubword))
            {
                forms.Add(token);
                _either.Add(token);
            }
        }
    }

    /// <summary>Whether the stem or word is a cue in either language (for words seen without their text).</summary>
    public bool Contains(string stemOrSurface) => _either.Words.Contains(stemOrSurface);

    public bool IsAt(TokenPositions positions, int position)
    {
        var words = In(positions).Words;
        return positions[position].Any(t => !t.IsSubword && (words.Contains(t.Stem) || words.Contains(t.Surface)));
    }

    /// <summary>Whether the word stands there in the very form listed, uninflected ("gut", not "gute").</summary>
    public bool IsUninflectedAt(TokenPositions positions, int position) =>
        positions[position].Any(t => !t.IsSubword && In(positions).Surfaces.Contains(t.Surface));

    /// <summary>Whether the word there is a compound whose last part is one of the words ("Sprechaufträge").</summary>
    public bool EndsCompoundAt(TokenPositions positions, int position) =>
        positions[position].FirstOrDefault(t => !t.IsSubword)?.Surface is { } word
        && In(positions).Surfaces.Any(s => word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal));

    /// <summary>Whether one of the words stands between <paramref name="from"/> and <paramref name="to"/> (both inclusive).</summary>
    public bool AnyIn(TokenPositions positions, int from, int to)
    {
        for (var p = Math.Max(0, from); p <= to && p < positions.Count; p++)
        {
            if (IsAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether one of the words stands between <paramref name="from"/> and <paramref name="to"/> in a form listed,
    /// for closed classes listed with every form: "unser" and "uns" share a stem, but only one is a possessive.
    /// </summary>
    public bool AnyListedFormIn(TokenPositions positions, int from, int to)
    {
        for (var p = Math.Max(0, from); p <= to && p < positions.Count; p++)
        {
            if (IsUninflectedAt(positions, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The cues of the language the text is written in, or of both where that is not known.</summary>
    private Forms In(TokenPositions positions) =>
        positions.WrittenIn is { } language && _byLanguage.TryGetValue(language, out var forms) ? forms : _either;

    /// <summary>The stems and surfaces of one language's cue words.</summary>
    private sealed class Forms
    {
        public HashSet<string> Words { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Surfaces { get; } = new(StringComparer.Ordinal);

        public void Add(AnalyzedToken token)
        {
            Words.Add(token.Stem);
            Words.Add(token.Surface);
            Surfaces.Add(token.Surface);
        }
    }
}

/// <summary>Every cue list of the taxonomy, compiled once for the reader.</summary>
internal sealed class ReadingCues(ITermAnalyzer analyzer, TaxonomyCues cues)
{
    public CueWords Negation { get; } = new(analyzer, cues.Negation);

    public CueWords About { get; } = new(analyzer, cues.About);

    public CueWords OthersNeed { get; } = new(analyzer, cues.OthersNeed);

    public CueWords Own { get; } = new(analyzer, cues.Own);

    public CueWords Joins { get; } = new(analyzer, cues.Clause.Joins);

    public CueWords Speakers { get; } = new(analyzer, cues.Clause.Speakers);

    public CueWords Articles { get; } = new(analyzer, cues.Clause.Articles);

    public CueWords Membership { get; } = new(analyzer, cues.Clause.Membership);

    public CueWords Relatives { get; } = new(analyzer, cues.Clause.Relatives);

    public CueWords LightVerbs { get; } = new(analyzer, cues.Clause.LightVerbs);

    public CueWords Limiters { get; } = new(analyzer, cues.Clause.Limiters);

    public CueWords Contrasts { get; } = new(analyzer, cues.Clause.Contrasts);

    public PastScope Past { get; } = new(analyzer, cues);

    public CueWords Skills { get; } = new(analyzer, cues.Clause.Skills);

    public CueWords Limitable { get; } = new(analyzer, cues.Clause.Limitable);

    public NameSpans Names { get; } = new(analyzer, cues.Clause.NameHeads);

    public Homographs Homographs { get; } = new(analyzer, cues.Clause.Homographs);

    public CuePhrases Ensemble { get; } = new(analyzer, cues.Clause.Ensemble);

    public CueWords Making { get; } = new(analyzer, cues.Clause.Making);

    public CueWords Jobs { get; } = new(analyzer, cues.Clause.Jobs);

    public CueWords Capacity { get; } = new(analyzer, cues.Clause.Capacity);

    public CueWords Being { get; } = new(analyzer, cues.Clause.Being);

    public CueWords Liking { get; } = new(analyzer, cues.Clause.Liking);

    public CueWords Recipients { get; } = new(analyzer, cues.Clause.Recipients);

    /// <summary>Words that link or introduce a phrase but never carry its sense ("und", "eine", "im").</summary>
    public bool IsFunctionWord(TokenPositions positions, int p) =>
        Joins.IsAt(positions, p) || Articles.IsAt(positions, p) || Membership.IsAt(positions, p);

    public bool LightVerbsOrSpeakers(string stem) => LightVerbs.Contains(stem) || Speakers.Contains(stem);

    /// <summary>Whether a word belongs to any cue list: such words are never read as a competence.</summary>
    public bool IsCueWord(string word) =>
        ((CueWords[])[Negation, About, OthersNeed, Own, Joins, Speakers, Articles, Membership, Relatives, LightVerbs, Limiters, Contrasts])
        .Any(c => c.Contains(word));
}
