using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbAdapterStateStore(LiteDbContext context) : IAdapterStateStore
{
    private const string CollectionName = "adapter_state";

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(context.Read(db => db.GetCollection(CollectionName).FindById(key)?["value"].AsString));

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        context.Write(db => db.GetCollection(CollectionName).Upsert(new BsonDocument { ["_id"] = key, ["value"] = value }));
        return Task.CompletedTask;
    }
}
