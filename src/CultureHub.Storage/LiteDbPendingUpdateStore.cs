using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>Pending platform updates, one small document each, keyed by source and update id.</summary>
public sealed class LiteDbPendingUpdateStore : IPendingUpdateStore
{
    private readonly ILiteCollection<BsonDocument> _updates;

    public LiteDbPendingUpdateStore(LiteDbContext context)
    {
        _updates = context.Database.GetCollection("pending_updates");
        _updates.EnsureIndex("source");
    }

    public Task AddAsync(string source, IReadOnlyList<PendingUpdate> updates, CancellationToken cancellationToken)
    {
        var fresh = updates.Where(u => _updates.FindById(Id(source, u.Id)) is null).Select(u => new BsonDocument
        {
            ["_id"] = Id(source, u.Id),
            ["source"] = source,
            ["updateId"] = u.Id,
            ["chat"] = u.ChatKey,
            ["payload"] = u.Payload,
        });
        _updates.InsertBulk(fresh);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PendingUpdateRef>> ListAsync(string source, CancellationToken cancellationToken)
    {
        IReadOnlyList<PendingUpdateRef> stored = [.. _updates.Find(Query.EQ("source", source))
            .Select(d => new PendingUpdateRef(d["updateId"].AsInt64, d["chat"].AsString))
            .OrderBy(u => u.Id)];
        return Task.FromResult(stored);
    }

    public Task<string?> GetPayloadAsync(string source, long id, CancellationToken cancellationToken) =>
        Task.FromResult(_updates.FindById(Id(source, id))?["payload"].AsString);

    public Task RemoveAsync(string source, long id, CancellationToken cancellationToken)
    {
        _updates.Delete(Id(source, id));
        return Task.CompletedTask;
    }

    private static string Id(string source, long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{source}:{id}");
}
