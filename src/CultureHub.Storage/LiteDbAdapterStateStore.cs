using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbAdapterStateStore(LiteDbContext context) : IAdapterStateStore
{
    private readonly ILiteCollection<BsonDocument> _state = context.Database.GetCollection("adapter_state");

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_state.FindById(key)?["value"].AsString);

    public Task SetAsync(string key, string value, CancellationToken cancellationToken)
    {
        _state.Upsert(new BsonDocument { ["_id"] = key, ["value"] = value });
        return Task.CompletedTask;
    }
}
