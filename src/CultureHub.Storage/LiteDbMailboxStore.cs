using CultureHub.Core.Chat;
using LiteDB;

namespace CultureHub.Storage;

public sealed class LiteDbMailboxStore : IMailboxStore
{
    private readonly DocumentCollection<StoredMessage> _messages;
    private readonly object _gate = new();
    private long _sequence;

    public LiteDbMailboxStore(LiteDbContext context)
    {
        _messages = new DocumentCollection<StoredMessage>(context, "mailbox", m => new BsonDocument { ["recipient"] = m.Recipient });
        _messages.Raw.EnsureIndex("recipient");
        _sequence = DateTime.UtcNow.Ticks;
    }

    public Task EnqueueAsync(string recipientKey, ChatReply message, int capacity, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var id = Interlocked.Increment(ref _sequence).ToString("D20", System.Globalization.CultureInfo.InvariantCulture);
            _messages.Upsert(id, StoredMessage.From(recipientKey, message));
            var waiting = _messages.Raw.Find(Query.EQ("recipient", recipientKey)).Select(d => d["_id"]).OrderBy(i => i.AsString, StringComparer.Ordinal).ToList();
            foreach (var old in waiting.Take(Math.Max(0, waiting.Count - capacity)))
            {
                _messages.Raw.Delete(old);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChatReply>> DrainAsync(string recipientKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var documents = _messages.Raw.Find(Query.EQ("recipient", recipientKey)).OrderBy(d => d["_id"].AsString, StringComparer.Ordinal).ToList();
            foreach (var document in documents)
            {
                _messages.Raw.Delete(document["_id"]);
            }

            IReadOnlyList<ChatReply> replies = documents.Select(d => BsonJson.FromDocument<StoredMessage>(d).ToReply()).ToList();
            return Task.FromResult(replies);
        }
    }

    public Task DeleteAsync(string recipientKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _messages.DeleteMany(Query.EQ("recipient", recipientKey));
        }

        return Task.CompletedTask;
    }

    private sealed record StoredMessage(string Recipient, string Text, IReadOnlyList<ChatButton> Buttons, string? FileName, string? ContentType, byte[]? Content)
    {
        public static StoredMessage From(string recipient, ChatReply reply) => new(
            recipient, reply.Text, reply.Buttons, reply.Attachment?.FileName, reply.Attachment?.ContentType, reply.Attachment?.Content.ToArray());

        public ChatReply ToReply() => new(
            Text, Buttons, FileName is null || ContentType is null || Content is null ? null : new ChatAttachment(FileName, ContentType, Content));
    }
}
