using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbMailboxStore : IMailboxStore
{
    private const string CollectionName = "mailbox";
    private readonly LiteDbContext _context;
    private readonly DocumentCollection<StoredMessage> _messages;
    private long _sequence;

    public LiteDbMailboxStore(LiteDbContext context)
    {
        _context = context;
        _messages = new DocumentCollection<StoredMessage>(context, CollectionName, m => new BsonDocument { ["recipient"] = m.Recipient });
        _messages.EnsureIndex("recipient");
        _messages.EnsureIndex("about", "$.about[*]");
        _sequence = DateTime.UtcNow.Ticks;
    }

    public Task EnqueueAsync(string recipientKey, ChatReply message, int capacity, CancellationToken cancellationToken)
    {
        _context.Write(db =>
        {
            var messages = db.GetCollection(CollectionName);
            var id = Interlocked.Increment(ref _sequence).ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
            var document = BsonJson.ToDocument(StoredMessage.From(recipientKey, message));
            document["_id"] = id;
            document["recipient"] = recipientKey;
            messages.Insert(document);
            var waiting = messages.Find(Query.EQ("recipient", recipientKey)).Select(d => d["_id"]).OrderBy(i => i.AsString, StringComparer.Ordinal).ToList();
            foreach (var old in waiting.Take(Math.Max(0, waiting.Count - capacity)))
            {
                messages.Delete(old);
            }
        });
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChatReply>> DrainAsync(string recipientKey, CancellationToken cancellationToken)
    {
        var replies = _context.Write(db =>
        {
            var messages = db.GetCollection(CollectionName);
            var documents = messages.Find(Query.EQ("recipient", recipientKey)).OrderBy(d => d["_id"].AsString, StringComparer.Ordinal).ToList();
            foreach (var document in documents)
            {
                messages.Delete(document["_id"]);
            }

            return documents.Select(d => BsonJson.FromDocument<StoredMessage>(d).ToReply()).ToList();
        });
        return Task.FromResult<IReadOnlyList<ChatReply>>(replies);
    }

    public Task DeleteAsync(string recipientKey, CancellationToken cancellationToken)
    {
        _messages.DeleteMany(Query.EQ("recipient", recipientKey));
        return Task.CompletedTask;
    }

    public Task<int> WithdrawAboutAsync(string memberId, CancellationToken cancellationToken)
    {
        var expression = BsonExpression.Create("$.about[*] ANY = @0", new BsonValue(memberId));
        return Task.FromResult(_messages.DeleteMany(expression));
    }

    private sealed record StoredMessage(
        string Recipient, string Text, IReadOnlyList<ChatButton> Buttons, string? FileName, string? ContentType, byte[]? Content, IReadOnlyList<string>? About)
    {
        public static StoredMessage From(string recipient, ChatReply reply) => new(
            recipient, reply.Text, reply.Buttons, reply.Attachment?.FileName, reply.Attachment?.ContentType, reply.Attachment?.Content.ToArray(), reply.About);

        public ChatReply ToReply() => new(
            Text, Buttons, FileName is null || ContentType is null || Content is null ? null : new ChatAttachment(FileName, ContentType, Content))
        {
            About = About ?? [],
        };
    }
}
