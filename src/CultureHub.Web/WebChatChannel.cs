using System.Collections.Concurrent;
using CultureHub.Core.Chat;
using Microsoft.Extensions.Options;

namespace CultureHub.Web;

/// <summary>
/// The web chat as a channel for messages the core starts itself (proposals, introductions,
/// reminders): they wait in a per-visitor inbox until the page polls for them.
/// </summary>
public sealed class WebChatChannel(IOptions<WebChatOptions> options) : IChatChannel
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<ChatReply>> _inboxes = new(StringComparer.Ordinal);

    public ChatPlatform Platform => ChatPlatform.Web;

    public Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken)
    {
        var inbox = _inboxes.GetOrAdd(recipient.UserId, _ => new ConcurrentQueue<ChatReply>());
        inbox.Enqueue(message);
        while (inbox.Count > options.Value.InboxCapacity && inbox.TryDequeue(out _))
        {
        }

        return Task.FromResult(DeliveryOutcome.Delivered);
    }

    /// <summary>Visitors of the web chat have no way to reach each other directly: the core relays.</summary>
    public Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PrivateConversationOutcome.NeedsRelay);

    public IReadOnlyList<ChatReply> Drain(string userId)
    {
        var drained = new List<ChatReply>();
        if (_inboxes.TryRemove(userId, out var inbox))
        {
            while (inbox.TryDequeue(out var reply))
            {
                drained.Add(reply);
            }
        }

        return drained;
    }
}
