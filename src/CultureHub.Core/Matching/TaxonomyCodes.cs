using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>Numbers for taxonomy entries and the serves-relation as bit-free lookups.</summary>
internal sealed class TaxonomyCodes
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly TaxonomyEntry[] _entries;
    private readonly int[][] _serves;
    private readonly HashSet<(int Competence, int Need)> _servesPairs = [];
    private readonly double[] _specificity;
    private readonly bool[] _servesMatrix;
    private readonly int[][] _seekerOffers;

    public TaxonomyCodes(CompetenceTaxonomy taxonomy)
    {
        _entries = [.. taxonomy.Entries];
        for (var i = 0; i < _entries.Length; i++)
        {
            _codes[_entries[i].Id] = i;
        }

        _seekerOffers = _entries.Select(e => e.SeekerOffers.Select(o => _codes[o]).ToArray()).ToArray();
        _serves = _entries.Select(e => taxonomy.NeedsServedBy(e.Id).Select(n => _codes[n]).ToArray()).ToArray();
        for (var c = 0; c < _serves.Length; c++)
        {
            foreach (var n in _serves[c])
            {
                _servesPairs.Add((c, n));
            }
        }

        var servers = new int[_entries.Length];
        _servesMatrix = new bool[_entries.Length * _entries.Length];
        foreach (var (competence, need) in _servesPairs)
        {
            servers[need]++;
            _servesMatrix[(competence * _entries.Length) + need] = true;
        }

        _specificity = servers.Select(n => n switch { <= 1 => 1.0, <= 3 => 0.9, <= 6 => 0.8, _ => 0.7 }).ToArray();
    }

    public int Count => _entries.Length;

    /// <summary>
    /// A need many kinds of people can serve ("musicians", "places to play") says less about a fit
    /// than a need only one competence serves ("mastering").
    /// </summary>
    public double SpecificityOf(int need) => _specificity[need];

    public int this[string id] => _codes[id];

    public TaxonomyEntry Entry(int code) => _entries[code];

    public bool Contains(string id) => _codes.ContainsKey(id);

    public EntryKind? KindOf(string id) => _codes.TryGetValue(id, out var c) ? _entries[c].Kind : null;

    public bool IsReverse(string id) => _codes.TryGetValue(id, out var c) && _entries[c].IsReverse;

    public Sector? SectorOf(int code) => _entries[code].Sector;

    public WorkMode ModeOf(int code) => _entries[code].Mode;

    public bool IsGroup(int code) => _entries[code].IsGroup;

    public IReadOnlyList<int> NeedsServedBy(int competence) => _serves[competence];

    /// <summary>What a member offers by seeking <paramref name="sought"/> (an internship: themself as a trainee).</summary>
    public IReadOnlyList<int> SeekerOffersOf(int sought) => _seekerOffers[sought];

    public bool Serves(int competence, int need) => _servesMatrix[(competence * _entries.Length) + need];
}
