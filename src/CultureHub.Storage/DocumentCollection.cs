using LiteDB;

namespace CultureHub.Storage;

/// <summary>A LiteDB collection of one Core record type, keyed by a string id.</summary>
/// <param name="indexFields">Extra top-level fields to store beside the record for indexed lookups.</param>
/// <param name="keepsAll">
/// Keep what <see cref="All"/> read and serve it again while the collection is unchanged, applying this
/// collection's own committed writes to it: for collections read whole on a hot path (the community for
/// <c>/match</c>), where decoding every document each time costs seconds at 100,000 members. The copy lives in
/// memory only, and a deleted document leaves it with the commit that deleted it.
/// </param>
public sealed class DocumentCollection<T>(LiteDbContext context, string name, Func<T, BsonDocument>? indexFields = null, bool keepsAll = false)
    where T : class
{
    private KeptCollection<T>? _kept;

    public string Name => name;

    public void EnsureIndex(string field, string? expression = null) =>
        context.Write(db => expression is null ? db.GetCollection(name).EnsureIndex(field) : db.GetCollection(name).EnsureIndex(field, expression));

    public T? Get(string id) => context.Read(db => Decode(db.GetCollection(name).FindById(id)));

    public void Upsert(string id, T value) => context.Write(db =>
    {
        var document = Encode(id, value);
        db.GetCollection(name).Upsert(document);
        Written(id, document);
    });

    /// <summary>
    /// Reads the current document and writes what <paramref name="change"/> makes of it, with no
    /// other write in between. A null change writes nothing. Returns the stored value, null when missing.
    /// </summary>
    public T? Update(string id, Func<T, T?> change) => context.Write(db =>
    {
        var collection = db.GetCollection(name);
        if (Decode(collection.FindById(id)) is not { } current)
        {
            return null;
        }

        if (change(current) is not { } changed)
        {
            return current;
        }

        var document = Encode(id, changed);
        collection.Update(document);
        Written(id, document);
        return changed;
    });

    public bool Delete(string id) => context.Write(db =>
    {
        var deleted = db.GetCollection(name).Delete(id);
        if (deleted)
        {
            Written(id, null);
        }

        return deleted;
    });

    /// <summary>
    /// Reads the ids first, then deletes one by one: LiteDB 5's DeleteMany reads a multikey index
    /// while deleting from it, which fails and leaves the engine unusable.
    /// </summary>
    public int DeleteMany(BsonExpression predicate) => context.Write(db =>
    {
        var collection = db.GetCollection(name);
        var ids = collection.Find(predicate).Select(d => d["_id"]).ToList();
        var deleted = ids.Where(collection.Delete).ToList();
        foreach (var id in deleted)
        {
            Written(id.AsString, null);
        }

        return deleted.Count;
    });

    public IReadOnlyList<T> Find(BsonExpression predicate) =>
        context.Read(db => db.GetCollection(name).Find(predicate).Select(BsonJson.FromDocument<T>).ToList());

    public T? FindOne(BsonExpression predicate) => context.Read(db => Decode(db.GetCollection(name).FindOne(predicate)));

    public IReadOnlyList<T> All() => context.Read(db =>
    {
        if (!keepsAll)
        {
            return db.GetCollection(name).FindAll().Select(BsonJson.FromDocument<T>).ToList();
        }

        // under the read lock no write is half done, so the version and the documents agree
        var version = context.VersionOf(name);
        if (Volatile.Read(ref _kept) is { } kept && kept.Version == version)
        {
            return kept.Items;
        }

        var read = KeptCollection<T>.Read(version, db.GetCollection(name).FindAll(), BsonJson.FromDocument<T>);
        if (!context.IsWriting)
        {
            Volatile.Write(ref _kept, read);
        }

        return read.Items;
    });

    public int Count() => context.Read(db => db.GetCollection(name).Count());

    /// <summary>
    /// Inside a write: once it commits, the kept copy takes the change (or is dropped when it missed one).
    /// The stored document is decoded, not the caller's value, so the copy holds exactly what a read would.
    /// </summary>
    private void Written(string id, BsonDocument? stored)
    {
        if (keepsAll)
        {
            context.Changed(name, version =>
            {
                var kept = Volatile.Read(ref _kept);
                Volatile.Write(ref _kept, kept is not null && kept.Version == version - 1 ? kept.With(version, id, Decode(stored)) : null);
            });
        }
    }

    private static T? Decode(BsonDocument? document) => document is null ? null : BsonJson.FromDocument<T>(document);

    private BsonDocument Encode(string id, T value)
    {
        var document = BsonJson.ToDocument(value);
        document["_id"] = id;
        if (indexFields?.Invoke(value) is { } extra)
        {
            foreach (var (key, field) in extra)
            {
                document[key] = field;
            }
        }

        return document;
    }
}
