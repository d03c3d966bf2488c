using LiteDB;

namespace CultureHub.Storage;

/// <summary>A LiteDB collection of one Core record type, keyed by a string id.</summary>
/// <param name="indexFields">Extra top-level fields to store beside the record for indexed lookups.</param>
public sealed class DocumentCollection<T>(LiteDbContext context, string name, Func<T, BsonDocument>? indexFields = null)
{
    public ILiteCollection<BsonDocument> Raw { get; } = context.Database.GetCollection(name);

    public T? Get(string id)
    {
        var document = Raw.FindById(id);
        return document is null ? default : BsonJson.FromDocument<T>(document);
    }

    public void Upsert(string id, T value)
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

        Raw.Upsert(document);
    }

    public bool Delete(string id) => Raw.Delete(id);

    /// <summary>
    /// Reads the ids first, then deletes one by one: LiteDB 5's DeleteMany reads a multikey index
    /// while deleting from it, which fails and leaves the engine unusable.
    /// </summary>
    public int DeleteMany(BsonExpression predicate)
    {
        var ids = Raw.Find(predicate).Select(d => d["_id"]).ToList();
        return ids.Count(Raw.Delete);
    }

    public IReadOnlyList<T> Find(BsonExpression predicate) => Raw.Find(predicate).Select(BsonJson.FromDocument<T>).ToList();

    public T? FindOne(BsonExpression predicate) =>
        Raw.FindOne(predicate) is { } document ? BsonJson.FromDocument<T>(document) : default;

    public IReadOnlyList<T> All() => Raw.FindAll().Select(BsonJson.FromDocument<T>).ToList();

    public int Count() => Raw.Count();
}
