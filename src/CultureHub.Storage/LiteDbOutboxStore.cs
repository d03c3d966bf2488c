using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

/// <summary>
/// The outbox as the <c>outbox</c> collection, keyed by the message's intent key. Beside each
/// document: <c>due</c> (next attempt, pending only), <c>settled</c>, <c>identity</c> (an identity
/// recipient) and <c>members</c> (a member recipient and the members the text is about), indexed
/// for the dispatcher, the purge and the erasure. Writes go through <see cref="LiteDbContext.Write{T}"/>,
/// so recording a message carries the receipt of the handling that caused it.
/// </summary>
public sealed class LiteDbOutboxStore : IOutboxStore
{
    private const string CollectionName = "outbox";
    private static readonly BsonExpression ByMember = BsonExpression.Create("$.members[*] ANY = @0");
    private readonly LiteDbContext _context;
    private readonly DocumentCollection<StoredOutboxItem> _items;

    public LiteDbOutboxStore(LiteDbContext context)
    {
        _context = context;
        _items = new DocumentCollection<StoredOutboxItem>(context, CollectionName, IndexFields);
        _items.EnsureIndex("due");
        _items.EnsureIndex("settled");
        _items.EnsureIndex("identity");
        _items.EnsureIndex("members", "$.members[*]");
    }

    public Task<bool> TryAddAsync(OutboxItem item, CancellationToken cancellationToken) => Task.FromResult(_context.Write(db =>
    {
        var collection = db.GetCollection(CollectionName);
        if (collection.FindById(item.Key) is not null)
        {
            return false;
        }

        collection.Insert(Encode(item));
        return true;
    }));

    public Task<OutboxItem?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_items.Get(key)?.ToItem());

    public Task SaveAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        _items.Upsert(item.Key, StoredOutboxItem.From(item));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxItem> due = _items.Find(Query.Between("due", DateTime.MinValue, now.UtcDateTime))
            .Select(s => s.ToItem())
            .OrderBy(i => i.NextAttemptAt)
            .Take(max)
            .ToList();
        return Task.FromResult(due);
    }

    public Task<IReadOnlyList<OutboxItem>> ForMemberAsync(string memberId, IReadOnlyList<string> identityKeys, CancellationToken cancellationToken)
    {
        var found = _items.Find(Parameterised(memberId))
            .Concat(identityKeys.SelectMany(identity => _items.Find(Query.EQ("identity", identity))))
            .DistinctBy(s => s.Key)
            .Select(s => s.ToItem())
            .ToList();
        return Task.FromResult<IReadOnlyList<OutboxItem>>(found);
    }

    public Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken) =>
        Task.FromResult(_items.DeleteMany(Parameterised(memberId)));

    public Task<int> DeleteForIdentityAsync(string identityKey, CancellationToken cancellationToken) =>
        Task.FromResult(_items.DeleteMany(Query.EQ("identity", identityKey)));

    public Task<int> PurgeSettledAsync(DateTimeOffset settledBefore, CancellationToken cancellationToken) =>
        Task.FromResult(_items.DeleteMany(Query.Between("settled", DateTime.MinValue, settledBefore.UtcDateTime)));

    private static BsonExpression Parameterised(string memberId)
    {
        var expression = BsonExpression.Create(ByMember.Source);
        expression.Parameters["0"] = memberId;
        return expression;
    }

    private static BsonDocument Encode(OutboxItem item)
    {
        var stored = StoredOutboxItem.From(item);
        var document = BsonJson.ToDocument(stored);
        document["_id"] = item.Key;
        foreach (var (key, field) in IndexFields(stored))
        {
            document[key] = field;
        }

        return document;
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
