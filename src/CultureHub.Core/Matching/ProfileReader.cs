using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>How a member wants a need met: as the need usually is, near them, or from anywhere.</summary>
public enum Locality
{
    AsUsual,
    Local,
    Remote,
}

/// <summary>
/// Reads a member's own words into competence tags, using the taxonomy's synonyms and phrasings
/// in both languages (German text often carries English loanwords, so both are always read).
/// </summary>
public sealed class ProfileReader
{
    private const string LocalCue = "cue:local";
    private const string RemoteCue = "cue:remote";
    private const double SynonymWeight = 0.95;
    private const double PhrasingWeight = 0.85;
    private const double SubwordFactor = 0.85;
    private const double ModifierFactor = 0.5;
    private const int NegationReach = 3;
    private const int AboutReach = 4;
    private const int OthersNeedReach = 2;
    private const int OwnReach = 2;
    private const double AboutFactor = 0.3;
    private static readonly Language[] Languages = [Language.De, Language.En];
    private readonly ITermAnalyzer _analyzer;
    private readonly Dictionary<Language, PatternSet> _patterns = [];
    private readonly HashSet<string> _negations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _abouts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _othersNeed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _own = new(StringComparer.Ordinal);

    public ProfileReader(CompetenceTaxonomy taxonomy, ITermAnalyzer analyzer)
    {
        Taxonomy = taxonomy;
        _analyzer = analyzer;
        foreach (var language in Languages)
        {
            var set = new PatternSet(analyzer, language);
            foreach (var entry in taxonomy.Entries)
            {
                set.Add(entry.Id, entry.Label.For(language), SynonymWeight);
                foreach (var term in entry.Synonyms.For(language))
                {
                    set.Add(entry.Id, term, SynonymWeight);
                }

                foreach (var term in entry.Phrasings.For(language))
                {
                    set.Add(entry.Id, term, PhrasingWeight);
                }
            }

            foreach (var cue in taxonomy.Cues.Local.For(language))
            {
                set.Add(LocalCue, cue, 1);
            }

            foreach (var cue in taxonomy.Cues.Remote.For(language))
            {
                set.Add(RemoteCue, cue, 1);
            }

            _patterns[language] = set;
            _negations.UnionWith(Stems(taxonomy.Cues.Negation.For(language), language));
            _abouts.UnionWith(Stems(taxonomy.Cues.About.For(language), language));
            _othersNeed.UnionWith(Stems(taxonomy.Cues.OthersNeed.For(language), language));
            _own.UnionWith(Stems(taxonomy.Cues.Own.For(language), language));
        }
    }

    public CompetenceTaxonomy Taxonomy { get; }

    /// <summary>What the member offers: competences and styles.</summary>
    public IReadOnlyList<CompetenceTag> ReadOffers(string text, Language language) =>
        Read(text, isOffer: true).Where(t => Taxonomy.Find(t.CompetenceId)?.Kind is EntryKind.Competence or EntryKind.Style).ToList();

    /// <summary>What the member seeks: competences, needs and styles.</summary>
    public IReadOnlyList<CompetenceTag> ReadSeeks(string text, Language language) =>
        Read(text, isOffer: false).Where(t => Taxonomy.Contains(t.CompetenceId)).ToList();

    /// <summary>Whether the member asks for someone near them, or says remote is fine.</summary>
    public Locality ReadLocality(string seeks, Language language)
    {
        var ids = Read(seeks, isOffer: false).Select(t => t.CompetenceId).ToHashSet(StringComparer.Ordinal);
        return ids.Contains(LocalCue) ? Locality.Local : ids.Contains(RemoteCue) ? Locality.Remote : Locality.AsUsual;
    }

    private IEnumerable<string> Stems(IEnumerable<string> words, Language language) =>
        words.SelectMany(n => _analyzer.Analyze(n, language)).Where(t => !t.IsSubword).SelectMany(t => new[] { t.Stem, t.Surface });

    private List<CompetenceTag> Read(string text, bool isOffer)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Both languages read the same text (German is full of English loanwords); their hits are chosen
        // together so a phrase found in one language is not read again word by word in the other.
        var hits = new List<PatternHit>();
        TokenPositions? positions = null;
        foreach (var language in Languages)
        {
            positions = new TokenPositions(_analyzer.Analyze(text, language));
            hits.AddRange(_patterns[language].Find(positions));
        }

        foreach (var hit in HitSelection.Select(hits))
        {
            if (positions is null || IsPreceded(positions, hit.Start, _negations, NegationReach))
            {
                continue;
            }

            var confidence = hit.Pattern.Weight * (hit.IsViaModifier ? ModifierFactor : hit.IsViaSubword ? SubwordFactor : 1);
            if (isOffer && IsPreceded(positions, hit.Start, _abouts, AboutReach))
            {
                confidence *= AboutFactor;
            }

            if (!isOffer && (IsFollowed(positions, hit.End, _othersNeed, OthersNeedReach)
                || (IsPreceded(positions, hit.Start + 1, _own, OwnReach + 1) && IsPreceded(positions, hit.Start, _abouts, OwnReach + 1))))
            {
                confidence *= AboutFactor;
            }

            var id = hit.Pattern.TargetId;
            best[id] = Math.Max(best.GetValueOrDefault(id), confidence);
        }

        return best.Select(kv => new CompetenceTag(kv.Key, Math.Round(kv.Value, 3)))
            .OrderByDescending(t => t.Confidence).ThenBy(t => t.CompetenceId, StringComparer.Ordinal).ToList();
    }

    private static bool IsFollowed(TokenPositions positions, int end, HashSet<string> cues, int reach)
    {
        for (var p = end + 1; p < Math.Min(positions.Count, end + 1 + reach); p++)
        {
            if (positions[p].Any(t => !t.IsSubword && (cues.Contains(t.Stem) || cues.Contains(t.Surface))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPreceded(TokenPositions positions, int start, HashSet<string> cues, int reach)
    {
        for (var p = Math.Max(0, start - reach); p < start; p++)
        {
            if (positions[p].Any(t => !t.IsSubword && (cues.Contains(t.Stem) || cues.Contains(t.Surface))))
            {
                return true;
            }
        }

        return false;
    }
}
