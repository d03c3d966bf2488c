using System.Collections.Concurrent;
using CultureHub.Core.Chat;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>
/// Telegram as the harness's hub staff reach it (web chat visitors cannot be staff): keeps every
/// message the core starts, so a test reads the staff's inbox like a web visitor's.
/// </summary>
internal sealed class StaffChannel : IChatChannel
{
    private readonly ConcurrentQueue<(PlatformIdentity Recipient, ChatReply Message)> _sent = new();

    public ChatPlatform Platform => ChatPlatform.Telegram;

    public Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken)
    {
        _sent.Enqueue((recipient, message));
        return Task.FromResult(DeliveryOutcome.Delivered);
    }

    public Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PrivateConversationOutcome.NeedsRelay);

    public IReadOnlyList<ChatReply> SentTo(PlatformIdentity recipient) => [.. _sent.Where(s => s.Recipient == recipient).Select(s => s.Message)];
}
