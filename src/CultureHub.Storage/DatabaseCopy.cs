using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// Writes every collection of a database into a new file: indexes first, then the documents, so
/// the copy holds only live records in fresh pages.
/// </summary>
/// <remarks>
/// Not LiteDB's own <c>Rebuild()</c>: since 5.0.19 it fails on any collection with a secondary index
/// and more than 2,550 documents ("Detected loop in FindAll", litedb-org/LiteDB#2827) and leaves the
/// engine closed; it also keeps the old file as a backup. Creating the indexes on empty collections
/// avoids the faulty index scan.
/// </remarks>
internal static class DatabaseCopy
{
    private const int Batch = 1000;

    public static void Write(LiteDatabase source, string targetPath, BsonMapper mapper)
    {
        var indexes = source.GetCollection("$indexes").FindAll()
            .Where(i => i["name"].AsString != "_id")
            .Select(i => (Collection: i["collection"].AsString, Name: i["name"].AsString, Expression: i["expression"].AsString, IsUnique: i["unique"].AsBoolean))
            .ToList();
        using var target = new LiteDatabase(new ConnectionString { Filename = targetPath, Connection = ConnectionType.Direct }, mapper);
        foreach (var name in source.GetCollectionNames())
        {
            var collection = target.GetCollection(name);
            foreach (var index in indexes.Where(i => i.Collection == name))
            {
                collection.EnsureIndex(index.Name, BsonExpression.Create(index.Expression), index.IsUnique);
            }

            foreach (var chunk in source.GetCollection(name).FindAll().Chunk(Batch))
            {
                collection.InsertBulk(chunk, Batch);
            }
        }

        target.Checkpoint();
    }
}
