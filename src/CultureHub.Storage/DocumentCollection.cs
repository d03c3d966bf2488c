using LiteDB;

namespace CultureHub.Storage;

/// <summary>A LiteDB collection of one Core record type, keyed by a string id.</summary>
/// <param name="indexFields">Extra top-level fields to store beside the record for indexed lookups.</param>
public sealed class DocumentCollection<T>(LiteDbContext context, string name, Func<T, BsonDocument>? indexFields = null)
    where T : class
{
    public string Name => name;

    public void EnsureIndex(string field, string? expression = null) =>
        context.Write(db => expression is null ? db.GetCollection(name).EnsureIndex(field) : db.GetCollection(name).EnsureIndex(field, expression));

    public T? Get(string id) => context.Read(db => Decode(db.GetCollection(name).FindById(id)));

    public void Upsert(string id, T value) => context.Write(db => db.GetCollection(name).Upsert(Encode(id, value)));

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

        collection.Update(Encode(id, changed));
        return changed;
    });

    public bool Delete(string id) => context.Write(db => db.GetCollection(name).Delete(id));

    /// <summary>
    /// Reads the ids first, then deletes one by one: LiteDB 5's DeleteMany reads a multikey index
    /// while deleting from it, which fails and leaves the engine unusable.
    /// </summary>
    public int DeleteMany(BsonExpression predicate) => context.Write(db =>
    {
        var collection = db.GetCollection(name);
        var ids = collection.Find(predicate).Select(d => d["_id"]).ToList();
        return ids.Count(collection.Delete);
    });

    public IReadOnlyList<T> Find(BsonExpression predicate) =>
        context.Read(db => db.GetCollection(name).Find(predicate).Select(BsonJson.FromDocument<T>).ToList());

    public T? FindOne(BsonExpression predicate) => context.Read(db => Decode(db.GetCollection(name).FindOne(predicate)));

    public IReadOnlyList<T> All() => context.Read(db => db.GetCollection(name).FindAll().Select(BsonJson.FromDocument<T>).ToList());

    public int Count() => context.Read(db => db.GetCollection(name).Count());

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
