namespace CultureHub.Core.Chat;

public enum DeliveryOutcome
{
    Delivered,

    /// <summary>The member cannot be reached there (blocked the bot, closed DMs).</summary>
    Unreachable,

    /// <summary>A transient failure; from <see cref="ChatDelivery"/>: every attempt failed and the message was dead-lettered.</summary>
    Failed,

    /// <summary>From <see cref="ChatDelivery"/> only: the first attempt failed, the outbox tries again later.</summary>
    Queued,
}

/// <summary>One side of a private conversation that the core asks an adapter to open.</summary>
public sealed record ConversationParticipant(
    string MemberId,
    PlatformIdentity Identity,
    string DisplayName,
    string? Username,
    bool AllowsDirectLink,
    ChatReply Introduction);

/// <summary>Asks a platform to bring two members together privately.</summary>
public sealed record PrivateConversationRequest(string IntroductionId, ConversationParticipant First, ConversationParticipant Second);

public enum PrivateConversationOutcome
{
    /// <summary>The platform opened a shared space (a thread, a hand-over link) and delivered both introductions.</summary>
    Opened,

    /// <summary>
    /// The platform cannot connect these two directly and delivered nothing; the core sends the
    /// introductions itself and relays their messages.
    /// </summary>
    NeedsRelay,

    Failed,
}

/// <summary>
/// What an adapter (web, Telegram, Discord) offers the core for messages the core starts itself:
/// proposals, reminders, relays. Only <see cref="ChatDelivery"/> calls it; an adapter reports what
/// happened (an <see cref="DeliveryOutcome.Unreachable"/> member) and records nothing itself.
/// Replies to an incoming message are returned directly instead.
/// </summary>
public interface IChatChannel
{
    ChatPlatform Platform { get; }

    Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken);

    Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken);

    /// <summary>Posts to a public space of the platform (a hub's Discord channel); platforms without such spaces cannot.</summary>
    Task<DeliveryOutcome> PostToSpaceAsync(string spaceId, ChatReply message, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryOutcome.Unreachable);
}
