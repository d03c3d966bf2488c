using CultureHub.Core;
using CultureHub.Core.Chat;
using Microsoft.Extensions.Options;

namespace CultureHub.Web;

/// <summary>
/// The web chat as a channel for messages the core starts itself (proposals, introductions,
/// reminders): they wait in the visitor's durable mailbox until the page polls for them.
/// </summary>
public sealed class WebChatChannel(IMailboxStore mailbox, IOptions<WebChatOptions> options) : IChatChannel
{
    public ChatPlatform Platform => ChatPlatform.Web;

    public async Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken)
    {
        await mailbox.EnqueueAsync(recipient.Key, message, options.Value.InboxCapacity, cancellationToken);
        return DeliveryOutcome.Delivered;
    }

    /// <summary>Visitors of the web chat have no way to reach each other directly: the core relays.</summary>
    public Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PrivateConversationOutcome.NeedsRelay);

    public Task<IReadOnlyList<ChatReply>> DrainAsync(string userId, CancellationToken cancellationToken) =>
        mailbox.DrainAsync(new PlatformIdentity(ChatPlatform.Web, userId).Key, cancellationToken);
}
