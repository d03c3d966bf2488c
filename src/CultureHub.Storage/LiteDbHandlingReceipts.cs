using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// One document per identity with the keys of its latest handled inputs. A few are enough: one
/// chat's inputs are handled in order, so only those since the last stored offset can come again.
/// </summary>
public sealed class LiteDbHandlingReceipts(LiteDbContext context) : IHandlingReceipts
{
    public const string CollectionName = "receipts";
    public const int KeptPerIdentity = 16;

    public Task<ReceiptState?> FindAsync(string identityKey, string key, CancellationToken cancellationToken) =>
        Task.FromResult(context.Read(db => Entry(db.GetCollection(CollectionName).FindById(identityKey), key) is { } entry
            ? new ReceiptState(entry["isComplete"].AsBoolean)
            : null));

    public Task CompleteAsync(string identityKey, string key, CancellationToken cancellationToken)
    {
        context.Write(db =>
        {
            var receipts = db.GetCollection(CollectionName);
            var document = receipts.FindById(identityKey);
            if (Entry(document, key) is { } entry && !entry["isComplete"].AsBoolean)
            {
                entry["isComplete"] = true;
                receipts.Update(document);
            }
        });
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string identityKey, CancellationToken cancellationToken)
    {
        context.Write(db => db.GetCollection(CollectionName).Delete(identityKey));
        return Task.CompletedTask;
    }

    /// <summary>Adds the receipt inside the caller's transaction (see <see cref="LiteDbContext.Write{T}"/>).</summary>
    internal static void Record(LiteDatabase db, HandlingReceipt receipt)
    {
        var receipts = db.GetCollection(CollectionName);
        var document = receipts.FindById(receipt.IdentityKey) ?? new BsonDocument { ["_id"] = receipt.IdentityKey, ["entries"] = new BsonArray() };
        var entries = document["entries"].AsArray;
        if (Entry(document, receipt.Key) is null)
        {
            entries.Add(new BsonDocument { ["key"] = receipt.Key, ["isComplete"] = false });
        }

        while (entries.Count > KeptPerIdentity)
        {
            entries.RemoveAt(0);
        }

        receipts.Upsert(document);
    }

    private static BsonDocument? Entry(BsonDocument? document, string key) =>
        document?["entries"].AsArray.Select(e => e.AsDocument).FirstOrDefault(e => e["key"].AsString == key);
}
