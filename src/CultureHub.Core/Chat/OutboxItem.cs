namespace CultureHub.Core.Chat;

public enum OutboxState
{
    /// <summary>Waiting for its first or next attempt.</summary>
    Pending,

    Delivered,

    /// <summary>The platforms said the recipient cannot be reached there (blocked the bot, closed DMs, deleted).</summary>
    Unreachable,

    /// <summary>Every attempt failed; kept for operators until it is purged, never sent again.</summary>
    DeadLettered,

    /// <summary>No longer worth sending (a proposal that expired before it could be delivered).</summary>
    Withdrawn,
}

/// <summary>
/// One message in the outbox. Written before the first attempt, so a crash loses nothing; once
/// settled it keeps only its key and state (the text is dropped) as the marker that stops a repeat.
/// </summary>
public sealed record OutboxItem
{
    public required string Key { get; init; }

    public required Recipient To { get; init; }

    /// <summary>Null once delivered or unreachable: the marker needs no copy of the text.</summary>
    public ChatReply? Message { get; init; }

    /// <summary>Members the text tells about (<see cref="ChatReply.About"/>), kept after the text is dropped for their erasure.</summary>
    public IReadOnlyList<string> Concerns { get; init; } = [];

    public OutboxState State { get; init; } = OutboxState.Pending;

    public int Attempts { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public DateTimeOffset? SettledAt { get; init; }

    /// <summary>Where it was delivered, for the member's export.</summary>
    public ChatPlatform? DeliveredOn { get; init; }

    public bool IsSettled => State != OutboxState.Pending;

    public static OutboxItem From(OutboundMessage message, DateTimeOffset now) => new()
    {
        Key = message.Key,
        To = message.To,
        Message = message.Message,
        Concerns = message.Message.About,
        CreatedAt = now,
        NextAttemptAt = now,
    };
}

/// <summary>The durable outbox behind <see cref="ChatDelivery"/>. Implemented by the storage adapter.</summary>
public interface IOutboxStore
{
    /// <summary>Adds the item unless its key is already known; returns false when it was.</summary>
    Task<bool> TryAddAsync(OutboxItem item, CancellationToken cancellationToken);

    Task<OutboxItem?> GetAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(OutboxItem item, CancellationToken cancellationToken);

    /// <summary>Pending items whose next attempt is due, oldest first.</summary>
    Task<IReadOnlyList<OutboxItem>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Items addressed to the member (or one of their identities) or about them.</summary>
    Task<IReadOnlyList<OutboxItem>> ForMemberAsync(string memberId, IReadOnlyList<string> identityKeys, CancellationToken cancellationToken);

    /// <summary>Removes items addressed to the member or about them.</summary>
    Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Removes items addressed to one identity (staff, or someone without a profile).</summary>
    Task<int> DeleteForIdentityAsync(string identityKey, CancellationToken cancellationToken);

    /// <summary>Removes settled items older than <paramref name="settledBefore"/>.</summary>
    Task<int> PurgeSettledAsync(DateTimeOffset settledBefore, CancellationToken cancellationToken);
}
