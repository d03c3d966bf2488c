namespace CultureHub.Core.Tests.Architecture;

/// <summary>
/// Which folder may use which: folders are stacked in layers, and a folder may use only folders of
/// the layers below its own. Folders in one layer are independent of each other. A composition root
/// (the type that registers every service) is the one kind of type allowed to know all folders.
/// </summary>
public sealed class LayerRules(IReadOnlyList<string[]> layers, params string[] compositionRoots)
{
    private readonly Dictionary<string, int> _layerOf = layers
        .SelectMany((folders, index) => folders.Select(folder => (folder, index)))
        .ToDictionary(entry => entry.folder, entry => entry.index, StringComparer.Ordinal);

    /// <summary>Folders that exist but have no place in the layers yet: a new folder must be placed deliberately.</summary>
    public IReadOnlyList<string> Unplaced(DependencyScan scan) =>
        [.. scan.Folders.Where(f => !_layerOf.ContainsKey(f)).Order(StringComparer.Ordinal)];

    /// <summary>Every use of a folder in the same or a higher layer, outside the composition roots.</summary>
    public IReadOnlyList<TypeDependency> Violations(DependencyScan scan) =>
        [.. scan.Dependencies.Where(d => d.FromFolder != d.ToFolder && !compositionRoots.Contains(d.FromType) && !IsAllowed(d.FromFolder, d.ToFolder))];

    public bool IsAllowed(string from, string to) =>
        from == to || (_layerOf.TryGetValue(from, out var high) && _layerOf.TryGetValue(to, out var low) && low < high);

    /// <summary>The table the layers imply, one line per folder: what it may use.</summary>
    public string Describe() => string.Join(
        Environment.NewLine,
        _layerOf.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal).Select(e =>
            $"{Show(e.Key)} may use: {string.Join(", ", _layerOf.Where(o => o.Value < e.Value).OrderBy(o => o.Value).Select(o => Show(o.Key)).DefaultIfEmpty("nothing"))}"));

    private static string Show(string folder) => folder.Length == 0 ? "root" : folder;
}
