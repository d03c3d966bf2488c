using LiteDB;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process. On Linux LiteDB does not stop a second
/// process from opening the same file, so an exclusive lock file beside it does.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    public const int SchemaVersion = 1;

    private readonly FileStream _lock;
    private readonly object _rebuildGate = new();

    public LiteDbContext(IOptions<StorageOptions> options)
    {
        var path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _lock = AcquireLock(path);
        try
        {
            Database = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, CreateMapper());
            EnsureSchema();
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Path { get; }

    public LiteDatabase Database { get; }

    public int StoredSchemaVersion => Database.GetCollection("meta").FindById("schema")?["version"].AsInt32 ?? 0;

    /// <summary>Rewrites the file so that erased documents leave no bytes behind (GDPR erasure).</summary>
    public void Compact()
    {
        lock (_rebuildGate)
        {
            Database.Checkpoint();
            Database.Rebuild();
            Database.Checkpoint();
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        _lock.Dispose();
        try
        {
            File.Delete(Path + ".lock");
        }
        catch (IOException)
        {
            // Another instance may have taken it over already; the lock itself is what matters.
        }
    }

    private static FileStream AcquireLock(string path)
    {
        try
        {
            // FileShare.None is an advisory flock on Unix: a second process fails here.
            return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception)
        {
            throw new DatabaseLockedException(path, exception);
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.RegisterType(value => new BsonValue(value.ToUniversalTime()), bson => bson.AsDateTime.ToUniversalTime());
        return mapper;
    }

    private void EnsureSchema()
    {
        var meta = Database.GetCollection("meta");
        var current = meta.FindById("schema");
        if (current is null)
        {
            meta.Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
        }
        else if (current["version"].AsInt32 > SchemaVersion)
        {
            throw new InvalidOperationException(
                $"The database {Path} has schema version {current["version"].AsInt32}, newer than this CultureHub ({SchemaVersion}). Update CultureHub.");
        }
    }
}
