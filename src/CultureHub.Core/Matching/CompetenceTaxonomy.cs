namespace CultureHub.Core.Matching;

/// <summary>
/// The competence knowledge of the creative sector, loaded from <c>data/taxonomy/*.json</c>:
/// what members offer, what they seek, and which offers serve which needs.
/// </summary>
public sealed class CompetenceTaxonomy
{
    private readonly Dictionary<string, TaxonomyEntry> _byId;
    private readonly Dictionary<string, IReadOnlyList<string>> _needsServed;
    private readonly Lazy<TaxonomyTermIndex> _terms;

    public CompetenceTaxonomy(IEnumerable<TaxonomyEntry> entries, TaxonomyCues cues)
    {
        Entries = entries.ToList();
        Cues = cues;
        _byId = new Dictionary<string, TaxonomyEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!_byId.TryAdd(entry.Id, entry))
            {
                throw new TaxonomyException($"taxonomy: the id '{entry.Id}' is defined twice");
            }
        }

        foreach (var entry in Entries)
        {
            foreach (var need in entry.Serves.Where(n => !_byId.ContainsKey(n)))
            {
                throw new TaxonomyException($"taxonomy: '{entry.Id}' serves unknown need '{need}'");
            }

            foreach (var offer in entry.SeekerOffers.Where(o => !_byId.TryGetValue(o, out var e) || e.Kind != EntryKind.Competence))
            {
                throw new TaxonomyException($"taxonomy: seeking '{entry.Id}' offers '{offer}', which is no competence");
            }

            if (entry.Kind != EntryKind.Competence && entry.Serves.Count > 0)
            {
                throw new TaxonomyException($"taxonomy: '{entry.Id}' is a {entry.Kind}; only competences can serve needs");
            }
        }

        _needsServed = Entries.Where(e => e.Kind == EntryKind.Competence)
            .ToDictionary(e => e.Id, e => (IReadOnlyList<string>)[e.Id, .. e.Serves.Where(s => s != e.Id).Distinct()]);
        _terms = new Lazy<TaxonomyTermIndex>(() => new TaxonomyTermIndex(Entries));
    }

    /// <summary>The folder the data ships in, next to the program.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "data", "taxonomy");

    public IReadOnlyList<TaxonomyEntry> Entries { get; }

    public TaxonomyCues Cues { get; }

    /// <summary>The one typo-tolerant index over labels and synonyms, built on first use and shared by every look-up.</summary>
    internal TaxonomyTermIndex Terms => _terms.Value;

    public TaxonomyEntry this[string id] => _byId[id];

    public static CompetenceTaxonomy LoadDefault() => Load(DefaultDirectory);

    /// <summary>Reads every <c>*.json</c> file of the folder and validates the whole.</summary>
    public static CompetenceTaxonomy Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new TaxonomyException($"taxonomy folder not found: {directory}");
        }

        var files = Directory.GetFiles(directory, "*.json").Order(StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllText(f)));
        return Parse(files);
    }

    public static CompetenceTaxonomy Parse(IEnumerable<(string FileName, string Json)> files)
    {
        var entries = new List<TaxonomyEntry>();
        TaxonomyCues? cues = null;
        foreach (var (name, json) in files)
        {
            var (fileEntries, fileCues) = TaxonomyFile.Parse(name, json);
            entries.AddRange(fileEntries);
            cues ??= fileCues;
        }

        return new CompetenceTaxonomy(entries, cues ?? TaxonomyCues.None);
    }

    public bool Contains(string id) => _byId.ContainsKey(id);

    public TaxonomyEntry? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The needs an offered competence serves: its own id first, then what it lists.</summary>
    public IReadOnlyList<string> NeedsServedBy(string competenceId) =>
        _needsServed.TryGetValue(competenceId, out var needs) ? needs : [];
}
