namespace CultureHub.Core.Chat;

/// <summary>
/// Updates an adapter took from its platform but has not handled yet. Telegram forgets an update
/// once the poller asks past it; kept here, it is still handled after a restart, so polling can
/// move past a slow chat without losing that chat's messages. An entry is removed once handled.
/// </summary>
public interface IPendingUpdateStore
{
    /// <summary>Stores a batch in one write; an id already stored is kept as it is.</summary>
    Task AddAsync(string source, IReadOnlyList<PendingUpdate> updates, CancellationToken cancellationToken);

    /// <summary>Every stored update of <paramref name="source"/>, oldest first, without its payload.</summary>
    Task<IReadOnlyList<PendingUpdateRef>> ListAsync(string source, CancellationToken cancellationToken);

    Task<string?> GetPayloadAsync(string source, long id, CancellationToken cancellationToken);

    Task RemoveAsync(string source, long id, CancellationToken cancellationToken);
}

/// <summary>One update as the platform sent it (<paramref name="Payload"/>), and the chat whose order it belongs to.</summary>
public sealed record PendingUpdate(long Id, string ChatKey, string Payload);

/// <summary>A stored update without its payload, which is read only when its turn comes.</summary>
public sealed record PendingUpdateRef(long Id, string ChatKey);
