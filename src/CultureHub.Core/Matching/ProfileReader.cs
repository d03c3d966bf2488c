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
/// in both languages (German text often carries English loanwords, so both are always read), and
/// the clause each word stands in (<see cref="ClauseRules"/>): a member's role counts fully, whom
/// they work for or someone else's need only a little.
/// </summary>
public sealed class ProfileReader
{
    private const string LocalCue = "cue:local";
    private const string RemoteCue = "cue:remote";
    private const double SynonymWeight = 0.95;
    private const double PhrasingWeight = 0.85;
    private const double SubwordFactor = 0.85;
    private const double ModifierFactor = 0.5;
    private const double ClientsConfidence = 0.85;
    private const double FuzzyWeight = 0.45;
    private const double UnnamedBandConfidence = 0.85;
    private static readonly Language[] Languages = [Language.De, Language.En];
    private readonly ITermAnalyzer _analyzer;
    private readonly Dictionary<Language, PatternSet> _patterns = [];
    private readonly ClauseRules _rules;
    private readonly ReadingCues _cues;
    private readonly FuzzyVocabulary _fuzzy;
    private readonly SongTexts _songTexts;
    private readonly string? _clientsId;
    private readonly string? _bandId;

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
        }

        _cues = new ReadingCues(analyzer, taxonomy.Cues);
        var music = new MusicWords(ReadsAs("band", e => e.IsGroup), ReadsAs("musician", e => e.Kind == EntryKind.Competence));
        _rules = new ClauseRules(_cues, taxonomy, music);
        _fuzzy = new FuzzyVocabulary(taxonomy.Terms, _cues.IsCueWord);
        _clientsId = taxonomy.Entries.FirstOrDefault(e => e.IsReverse)?.Id;
        _bandId = music.BandId;
        _songTexts = new SongTexts(taxonomy, analyzer, ReadsAs("copywriting", e => !e.IsGroup), ReadsAs("lyrics", e => !e.IsGroup));
    }

    public CompetenceTaxonomy Taxonomy { get; }

    /// <summary>What the member offers: competences and styles.</summary>
    public IReadOnlyList<CompetenceTag> ReadOffers(string text, Language language) =>
        Read(text, language, isOffer: true).Where(t => Taxonomy.Find(t.CompetenceId)?.Kind is EntryKind.Competence or EntryKind.Style).ToList();

    /// <summary>What the member seeks: competences, needs and styles.</summary>
    public IReadOnlyList<CompetenceTag> ReadSeeks(string text, Language language) =>
        Read(text, language, isOffer: false).Where(t => Taxonomy.Contains(t.CompetenceId)).ToList();

    /// <summary>Whether the member asks for someone near them, or says remote is fine.</summary>
    public Locality ReadLocality(string seeks, Language language)
    {
        var ids = Read(seeks, language, isOffer: false).Select(t => t.CompetenceId).ToHashSet(StringComparer.Ordinal);
        return ids.Contains(LocalCue) ? Locality.Local : ids.Contains(RemoteCue) ? Locality.Remote : Locality.AsUsual;
    }

    /// <summary>Whether the member says they work remotely ("arbeite komplett remote", "online").</summary>
    public bool ReadsAsRemoteCapable(string offers, Language language) =>
        Read(offers, language, isOffer: true).Any(t => t.CompetenceId == RemoteCue);

    private List<CompetenceTag> Read(string text, Language language, bool isOffer)
    {
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        var isClient = new Dictionary<string, bool>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        // Both languages read the same text (German is full of English loanwords); their hits are chosen
        // together so a phrase found in one language is not read again word by word in the other.
        var hits = new List<PatternHit>();
        TokenPositions? positions = null;
        foreach (var analysed in Languages)
        {
            positions = new TokenPositions(_analyzer.Analyze(text, analysed), language);
            hits.AddRange(_patterns[analysed].Find(positions));
        }

        if (positions is null || positions.Count == 0)
        {
            return [];
        }

        var chosen = HitSelection.Select(hits);
        if (!chosen.Any(h => Taxonomy.Find(h.Pattern.TargetId)?.Kind is EntryKind.Competence or EntryKind.Need))
        {
            // Nothing understood: a near word is better than no reading at all; where the patterns found
            // something, near words added more noise than sense on every graded set.
            chosen.AddRange(FuzzyHits(positions, chosen));
        }

        var layout = new TextLayout(text, positions, HasNounCapitals(language));
        chosen = _songTexts.Read(chosen.OrderBy(h => h.Start).ThenByDescending(h => h.End).ToList(), layout);
        var reading = _rules.Read(chosen, positions, layout, isOffer);
        for (var i = 0; i < chosen.Count; i++)
        {
            var hit = chosen[i];
            var confidence = hit.Pattern.Weight * reading.Factors[i] * (hit.IsViaModifier ? ModifierFactor : hit.IsViaSubword ? SubwordFactor : 1);
            if (confidence > 0)
            {
                // A word read both as a client and as an ordinary need is needed after all.
                var id = hit.Pattern.TargetId;
                if (reading.Factors[i] >= 1 || reading.IsClient[i])
                {
                    isClient[id] = isClient.GetValueOrDefault(id, true) && reading.IsClient[i];
                }

                best[id] = Math.Max(best.GetValueOrDefault(id), confidence);
            }
        }

        if (reading.IsAfterClients && _clientsId is not null)
        {
            best[_clientsId] = Math.Max(best.GetValueOrDefault(_clientsId), ClientsConfidence);
        }

        if (reading.IsUnnamedBand && _bandId is not null)
        {
            best[_bandId] = Math.Max(best.GetValueOrDefault(_bandId), UnnamedBandConfidence);
        }

        return best.Select(kv => new CompetenceTag(kv.Key, Math.Round(kv.Value, 3), IsClient: isClient.GetValueOrDefault(kv.Key)))
            .OrderByDescending(t => t.Confidence).ThenBy(t => t.CompetenceId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The entry an English word reads as in the taxonomy's own vocabulary ("band", "musician").</summary>
    private string? ReadsAs(string word, Func<TaxonomyEntry, bool> fits) =>
        _patterns[Language.En].Find(new TokenPositions(_analyzer.Analyze(word, Language.En)))
            .Select(h => Taxonomy.Find(h.Pattern.TargetId)).FirstOrDefault(e => e is not null && fits(e))?.Id;

    /// <summary>
    /// Only German capitalises nouns, so only there does a small letter mark a verb ("fotografiere Bands"); an
    /// English "I record choirs, orchestras or bands" lists objects, all written small.
    /// </summary>
    private static bool HasNounCapitals(Language language) => language == Language.De;

    /// <summary>Low-confidence readings for words no pattern met that come close to the taxonomy's own words.</summary>
    private IEnumerable<PatternHit> FuzzyHits(TokenPositions positions, List<PatternHit> hits)
    {
        var covered = new bool[positions.Count];
        foreach (var hit in hits)
        {
            Array.Fill(covered, true, hit.Start, hit.End - hit.Start + 1);
        }

        for (var p = 0; p < positions.Count; p++)
        {
            var word = positions[p].FirstOrDefault(t => !t.IsSubword);
            if (covered[p] || word is null || _cues.IsCueWord(word.Surface) || _cues.IsCueWord(word.Stem)
                || _fuzzy.Closest(word.Surface) is not { } closest)
            {
                continue;
            }

            yield return new PatternHit(new TermPattern(closest.EntryId, [new PatternStep(word.Surface, false)], FuzzyWeight), p, p, false, word.Surface);
        }
    }
}
