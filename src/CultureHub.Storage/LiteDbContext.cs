using System.Collections.Concurrent;
using System.Globalization;
using CultureHub.Core.Chat;
using LiteDB;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage;

/// <summary>
/// The one <see cref="LiteDatabase"/> of the process. On Linux LiteDB does not stop a second
/// process from opening the same file, so an exclusive lock file beside it does. Every access goes
/// through <see cref="Read{T}"/> or <see cref="Write{T}"/>: writes are serialised and run in one
/// transaction (so a read-modify-write cannot lose a concurrent change), and compaction, which
/// closes and reopens the engine, waits until nobody reads or writes.
/// </summary>
public sealed class LiteDbContext : IDisposable
{
    public const int SchemaVersion = 1;

    private readonly FileStream _lock;
    private readonly ReaderWriterLockSlim _gate = new(LockRecursionPolicy.SupportsRecursion);
    private readonly BsonMapper _mapper = CreateMapper();
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);

    // only touched by the thread holding the write lock
    private readonly List<Action> _afterCommit = [];

    public LiteDbContext(IOptions<StorageOptions> options)
    {
        var path = System.IO.Path.GetFullPath(options.Value.DatabasePath);
        Path = path;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        _lock = AcquireLock(path);
        try
        {
            var wasInterrupted = DatabaseFiles.RecoverInterruptedCompaction(path);
            Database = OpenDatabase();
            EnsureSchema();
            if (wasInterrupted)
            {
                // An erasure's compaction was cut short: the recovered file may still hold the erased bytes.
                Compact();
            }
        }
        catch
        {
            _lock.Dispose();
            throw;
        }
    }

    public string Path { get; }

    /// <summary>For tests and diagnostics; stores use <see cref="Read{T}"/> and <see cref="Write{T}"/>. Replaced by <see cref="Compact"/>.</summary>
    public LiteDatabase Database { get; private set; }

    public int StoredSchemaVersion => Read(db => db.GetCollection("meta").FindById("schema")?["version"].AsInt32 ?? 0);

    public T Read<T>(Func<LiteDatabase, T> read)
    {
        _gate.EnterReadLock();
        try
        {
            return read(Database);
        }
        finally
        {
            _gate.ExitReadLock();
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> alone and in one transaction, together with the receipt of the
    /// handling it belongs to (see <see cref="HandlingReceipt"/>), so both are stored or neither.
    /// </summary>
    public T Write<T>(Func<LiteDatabase, T> write)
    {
        _gate.EnterWriteLock();
        try
        {
            var isOwner = Database.BeginTrans();
            try
            {
                var result = write(Database);
                var receipt = HandlingReceipt.Current is { IsRecorded: false } pending ? pending : null;
                if (receipt is not null)
                {
                    LiteDbHandlingReceipts.Record(Database, receipt);
                }

                if (isOwner)
                {
                    Database.Commit();
                    RunAfterCommit();
                }

                receipt?.MarkRecorded();
                return result;
            }
            catch
            {
                if (isOwner)
                {
                    _afterCommit.Clear();
                    Database.Rollback();
                }

                throw;
            }
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    /// <summary>
    /// How many committed writes a collection has had through <see cref="Changed"/>. A copy of the
    /// collection read at one version is current for as long as the version stays the same.
    /// </summary>
    internal long VersionOf(string collection) => _versions.GetValueOrDefault(collection);

    /// <summary>True on the thread inside a write, where what it reads may still be rolled back.</summary>
    internal bool IsWriting => _gate.IsWriteLockHeld;

    /// <summary>
    /// Called inside a write: once its transaction commits (still under the write lock, so no reader sees the
    /// data before the version moves), the collection's version moves on and <paramref name="committed"/>
    /// runs with the new version. Nothing runs when the transaction rolls back.
    /// </summary>
    internal void Changed(string collection, Action<long> committed)
    {
        if (!_gate.IsWriteLockHeld)
        {
            throw new InvalidOperationException("Changed is only called inside Write.");
        }

        _afterCommit.Add(() => committed(_versions.AddOrUpdate(collection, 1, (_, version) => version + 1)));
    }

    public void Write(Action<LiteDatabase> write) => Write(db =>
    {
        write(db);
        return 0;
    });

    /// <summary>
    /// Rewrites the file so that erased documents leave no bytes behind (GDPR erasure): LiteDB keeps
    /// older page versions in its log, and free pages and slack space are only as clean as LiteDB
    /// keeps them. A fresh copy (<c>name-temp.db</c>) replaces the file in one rename, so at no moment
    /// is there a second full copy once this returns, and a crash leaves the old file whole.
    /// </summary>
    public void Compact()
    {
        _gate.EnterWriteLock();
        try
        {
            var copy = DatabaseFiles.Sibling(Path, "-temp");
            DatabaseFiles.DeleteLeftovers(Path);
            Database.Checkpoint();
            DatabaseCopy.Write(Database, copy, _mapper);
            Database.Dispose();
            try
            {
                File.Move(copy, Path, overwrite: true);
                DatabaseFiles.DeleteLog(Path);
                DatabaseFiles.DeleteLeftovers(Path);
            }
            finally
            {
                Database = OpenDatabase();
            }
        }
        finally
        {
            _gate.ExitWriteLock();
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        _gate.Dispose();
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

    private void RunAfterCommit()
    {
        // an action may not write again; copied so a failing one cannot leave the others for the next write
        var actions = _afterCommit.ToArray();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            action();
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

    private LiteDatabase OpenDatabase() =>
        new(new ConnectionString { Filename = Path, Connection = ConnectionType.Direct }, _mapper);

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper();
        mapper.RegisterType(value => new BsonValue(value.ToUniversalTime()), bson => bson.AsDateTime.ToUniversalTime());
        return mapper;
    }

    private void EnsureSchema() => Write(db =>
    {
        var meta = db.GetCollection("meta");
        var current = meta.FindById("schema");
        if (current is null)
        {
            meta.Upsert(new BsonDocument { ["_id"] = "schema", ["version"] = SchemaVersion });
        }
        else if (current["version"].AsInt32 > SchemaVersion)
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The database {Path} has schema version {current["version"].AsInt32}, newer than this CultureHub ({SchemaVersion}). Update CultureHub."));
        }
    });
}
