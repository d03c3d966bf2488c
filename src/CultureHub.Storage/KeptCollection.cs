using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// A collection's documents as read at one version, decoded once. Immutable: a change makes a new copy,
/// so a list handed out earlier never changes under its reader.
/// </summary>
internal sealed class KeptCollection<T>
    where T : class
{
    private readonly string[] _ids;
    private readonly T[] _items;

    private KeptCollection(long version, string[] ids, T[] items)
    {
        Version = version;
        _ids = ids;
        _items = items;
    }

    public long Version { get; }

    public IReadOnlyList<T> Items => _items;

    public static KeptCollection<T> Read(long version, IEnumerable<BsonDocument> documents, Func<BsonDocument, T> decode)
    {
        var ids = new List<string>();
        var items = new List<T>();
        foreach (var document in documents)
        {
            ids.Add(document["_id"].AsString);
            items.Add(decode(document));
        }

        return new KeptCollection<T>(version, [.. ids], [.. items]);
    }

    /// <summary>The copy after one committed write: <paramref name="value"/> replaces or adds the document, null removes it.</summary>
    public KeptCollection<T> With(long version, string id, T? value)
    {
        var at = Array.FindIndex(_ids, known => string.Equals(known, id, StringComparison.Ordinal));
        if (value is null)
        {
            return at < 0 ? new KeptCollection<T>(version, _ids, _items) : new KeptCollection<T>(version, [.. _ids[..at], .. _ids[(at + 1)..]], [.. _items[..at], .. _items[(at + 1)..]]);
        }

        if (at < 0)
        {
            return new KeptCollection<T>(version, [.. _ids, id], [.. _items, value]);
        }

        var items = (T[])_items.Clone();
        items[at] = value;
        return new KeptCollection<T>(version, _ids, items);
    }
}
