using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// The outbox as the <c>outbox</c> collection, keyed by the message's intent key. Beside each
/// document: <c>due</c> (next attempt, pending only), <c>settled</c>, and <c>members</c> (recipient
/// and the members the text is about), indexed for the dispatcher, the purge and the erasure.
/// </summary>
public sealed class LiteDbOutboxStore : IOutboxStore
{
    private static readonly BsonExpression ByMember = BsonExpression.Create("$.members[*] ANY = @0");
    private readonly DocumentCollection<StoredOutboxItem> _items;
    private readonly object _gate = new();

    public LiteDbOutboxStore(LiteDbContext context)
    {
        _items = new DocumentCollection<StoredOutboxItem>(context, "outbox", IndexFields);
        _items.Raw.EnsureIndex("due");
        _items.Raw.EnsureIndex("settled");
        _items.Raw.EnsureIndex("identity");
        _items.Raw.EnsureIndex("members", "$.members[*]");
    }

    public Task<bool> TryAddAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_items.Raw.FindById(item.Key) is not null)
            {
                return Task.FromResult(false);
            }

            _items.Upsert(item.Key, StoredOutboxItem.From(item));
            return Task.FromResult(true);
        }
    }

    public Task<OutboxItem?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_items.Get(key)?.ToItem());

    public Task SaveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _items.Upsert(item.Key, StoredOutboxItem.From(item));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        var due = _items.Raw.Find(Query.Between("due", DateTime.MinValue, now.UtcDateTime))
            .Select(BsonJson.FromDocument<StoredOutboxItem>)
            .Select(s => s.ToItem())
            .OrderBy(i => i.NextAttemptAt)
            .Take(max)
            .ToList();
        return Task.FromResult<IReadOnlyList<OutboxItem>>(due);
    }

    public Task<IReadOnlyList<OutboxItem>> ForMemberAsync(string memberId, IReadOnlyList<string> identityKeys, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutboxItem>>(Matching(memberId, identityKeys).Select(BsonJson.FromDocument<StoredOutboxItem>).Select(s => s.ToItem()).ToList());

    public Task<int> DeleteForMemberAsync(string memberId, IReadOnlyList<string> identityKeys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var ids = Matching(memberId, identityKeys).Select(d => d["_id"]).ToList();
            return Task.FromResult(ids.Count(_items.Raw.Delete));
        }
    }

    public Task<int> PurgeSettledAsync(DateTimeOffset settledBefore, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_items.DeleteMany(Query.Between("settled", DateTime.MinValue, settledBefore.UtcDateTime)));
        }
    }

    private List<BsonDocument> Matching(string memberId, IReadOnlyList<string> identityKeys)
    {
        var byMember = BsonExpression.Create(ByMember.Source);
        byMember.Parameters["0"] = memberId;
        var found = _items.Raw.Find(byMember).ToList();
        foreach (var identity in identityKeys)
        {
            found.AddRange(_items.Raw.Find(Query.EQ("identity", identity)));
        }

        return found.DistinctBy(d => d["_id"].AsString).ToList();
    }

    private static BsonDocument IndexFields(StoredOutboxItem item)
    {
        var members = item.Concerns.ToList();
        if (item.RecipientKind == RecipientKind.Member)
        {
            members.Add(item.RecipientKey);
        }

        return new BsonDocument
        {
            ["due"] = item.State == OutboxState.Pending ? new BsonValue(item.NextAttemptAt.UtcDateTime) : BsonValue.Null,
            ["settled"] = item.SettledAt is { } settled ? new BsonValue(settled.UtcDateTime) : BsonValue.Null,
            ["identity"] = item.RecipientKind == RecipientKind.Identity ? new BsonValue(item.RecipientKey) : BsonValue.Null,
            ["members"] = new BsonArray(members.Select(m => new BsonValue(m))),
        };
    }
}
