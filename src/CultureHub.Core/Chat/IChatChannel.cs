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

/// <summary>
/// Asks a platform to bring members together privately: two people an introduction connects, or a
/// project team. <see cref="ConversationId"/> is the introduction's or the project's id.
/// </summary>
public sealed record PrivateConversationRequest(string ConversationId, IReadOnlyList<ConversationParticipant> Participants)
{
    public PrivateConversationRequest(string conversationId, ConversationParticipant first, ConversationParticipant second)
        : this(conversationId, [first, second])
    {
    }

    /// <summary>
    /// A team that grows: a later request with the same id lists only the newcomers, whom the platform
    /// adds to the space it opened first. Platforms without shared spaces answer <see cref="PrivateConversationOutcome.NeedsRelay"/>.
    /// </summary>
    public bool IsGroup { get; init; }

    /// <summary>A name for the shared space (the project's title); null for an introduction.</summary>
    public string? Title { get; init; }

    public ConversationParticipant First => Participants[0];

    public ConversationParticipant Second => Participants[1];
}

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
