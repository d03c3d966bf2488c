namespace CultureHub.Core.Places;

/// <summary>A place found by an edit-distance match, with the number of edits it took.</summary>
internal readonly record struct FuzzyHit(Place Place, int Distance);

/// <summary>A folded name with the set of letters it uses, for a quick first test.</summary>
internal readonly record struct FuzzyKey(string Key, ulong Letters);

/// <summary>
/// Folded names (and district names) to places, built once, so that a lookup is a dictionary hit
/// and a typo search only compares names of about the same length.
/// </summary>
internal sealed class PlaceNameIndex
{
    private static readonly string[] DistrictDesignators = ["landkreis", "stadt", "region"];

    private readonly Dictionary<string, Place[]> _places;
    private readonly Dictionary<string, Place> _districts = new(StringComparer.Ordinal);
    private readonly Dictionary<int, List<FuzzyKey>> _keysByLength = [];

    public PlaceNameIndex(IEnumerable<Place> places)
    {
        var byKey = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var place in places)
        {
            foreach (var key in NameKeys(place.Name).Concat(NameKeys(place.AlternateName)))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                if (!list.Contains(place)) list.Add(place);
            }
            foreach (var key in DistrictKeys(place.District))
            {
                if (!_districts.TryGetValue(key, out var known) || IsPreferred(place, known))
                    _districts[key] = place;
            }
        }
        _places = byKey.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.OrderBy(p => p, PreferenceComparer.Instance).ToArray(),
            StringComparer.Ordinal);
        foreach (var key in _places.Keys)
        {
            if (!_keysByLength.TryGetValue(key.Length, out var sameLength))
                _keysByLength[key.Length] = sameLength = [];
            sameLength.Add(new FuzzyKey(key, Letters(key)));
            MaxTokens = Math.Max(MaxTokens, PlaceNameFolding.Tokens(key).Length);
        }
    }

    /// <summary>The most words any indexed name has; longer word runs need not be looked up.</summary>
    public int MaxTokens { get; }

    /// <summary>The preferred (most populous) place with this folded name.</summary>
    public Place? Exact(string key) => _places.TryGetValue(key, out var found) ? found[0] : null;

    /// <summary>The most populous place of the district with this folded name ("emsland").</summary>
    public Place? District(string key) => _districts.GetValueOrDefault(key);

    /// <summary>
    /// The closest name within the allowed typos (one from 5 letters, two from 9), preferring
    /// fewer edits, then the larger place.
    /// </summary>
    public FuzzyHit? Fuzzy(string key)
    {
        var allowed = AllowedEdits(key.Length);
        if (allowed == 0) return null;
        FuzzyHit? best = null;
        var letters = Letters(key);
        for (var length = key.Length - allowed; length <= key.Length + allowed; length++)
        {
            if (!_keysByLength.TryGetValue(length, out var candidates)) continue;
            var allowedHere = AllowedEdits(Math.Min(length, key.Length));
            if (allowedHere == 0) continue;
            foreach (var candidate in candidates)
            {
                // Each edit adds or removes at most two letters from the set of letters used,
                // a cheap test that skips most names before the real distance is computed.
                if (ulong.PopCount(letters ^ candidate.Letters) > 2 * (ulong)allowedHere) continue;
                var distance = EditDistance.Bounded(key, candidate.Key, allowedHere);
                if (distance > allowedHere) continue;
                var hit = new FuzzyHit(_places[candidate.Key][0], distance);
                if (best is not { } current || IsBetter(hit, current)) best = hit;
            }
        }
        return best;
    }

    /// <summary>One bit per letter a to z and digit that occurs in the key.</summary>
    private static ulong Letters(string key)
    {
        var mask = 0UL;
        foreach (var c in key)
        {
            var bit = c switch
            {
                >= 'a' and <= 'z' => c - 'a',
                >= '0' and <= '9' => 26 + (c - '0'),
                ' ' => 36,
                _ => 63,
            };
            mask |= 1UL << bit;
        }
        return mask;
    }

    internal static int AllowedEdits(int length) => length >= 9 ? 2 : length >= 5 ? 1 : 0;

    private static bool IsBetter(FuzzyHit hit, FuzzyHit current) =>
        hit.Distance < current.Distance
        || (hit.Distance == current.Distance && IsPreferred(hit.Place, current.Place));

    private static bool IsPreferred(Place place, Place other) =>
        PreferenceComparer.Instance.Compare(place, other) < 0;

    private static IEnumerable<string> NameKeys(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return [];
        string[] forms = [name, PlaceNameFolding.WithoutBrackets(name), PlaceNameFolding.UpToClosingBracket(name)];
        return forms
            .SelectMany(form => new[] { PlaceNameFolding.Fold(form), PlaceNameFolding.FoldDroppingUmlauts(form) })
            .SelectMany(key => new[] { key, key.Replace(" ", "", StringComparison.Ordinal) })
            .Where(key => key.Length > 0)
            .Distinct(StringComparer.Ordinal);
    }

    private static IEnumerable<string> DistrictKeys(string? district)
    {
        if (string.IsNullOrWhiteSpace(district)) return [];
        var folded = PlaceNameFolding.Fold(district);
        var designator = DistrictDesignators.FirstOrDefault(d => folded.StartsWith(d + " ", StringComparison.Ordinal));
        var name = designator is null ? district : district[(district.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return NameKeys(name);
    }

    /// <summary>Larger places first, then places in Niedersachsen, then by name for stability.</summary>
    private sealed class PreferenceComparer : IComparer<Place>
    {
        public static readonly PreferenceComparer Instance = new();

        public int Compare(Place? x, Place? y)
        {
            if (ReferenceEquals(x, y)) return 0;
            if (x is null) return 1;
            if (y is null) return -1;
            var byPopulation = (y.Population ?? -1).CompareTo(x.Population ?? -1);
            if (byPopulation != 0) return byPopulation;
            var byState = y.IsInNiedersachsen.CompareTo(x.IsInNiedersachsen);
            return byState != 0 ? byState : string.CompareOrdinal(x.Name, y.Name);
        }
    }
}
