using System.Globalization;
using System.Text.Json;
using CultureHub.Core.Chat;
using Microsoft.Extensions.Options;

namespace CultureHub.Telegram.Polling;

/// <summary>An update on its way to its chat's queue; <see cref="Raw"/> is null while it waits in the store.</summary>
public sealed record QueuedUpdate(int Id, long ChatId, JsonElement? Raw);

/// <summary>
/// Keeps one busy chat from holding back everyone. The offset can only move past updates that are
/// handled or stored, so a chat's updates beyond <c>MaxQueuedPerChat</c> go to the pending-update
/// store (with that chat's others, so a restart keeps its order), and so do the updates that held
/// the offset for <c>StalledChatSeconds</c>. Stored updates are read back when their turn comes.
/// </summary>
public sealed class UpdateBacklog(IPendingUpdateStore store, UpdateOffsetTracker tracker, IOptions<TelegramOptions> options)
{
    public const string Source = "telegram";

    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _outstanding = [];
    private readonly Dictionary<int, PendingUpdate> _holding = [];

    /// <summary>Fetched updates (already begun in the tracker, <see cref="QueuedUpdate.Raw"/> set), in order, ready to queue.</summary>
    public async Task<IReadOnlyList<QueuedUpdate>> AdmitAsync(IReadOnlyList<QueuedUpdate> fresh, CancellationToken cancellationToken)
    {
        var cap = options.Value.MaxQueuedPerChat;
        var toStore = new List<PendingUpdate>();
        var queued = new List<QueuedUpdate>(fresh.Count);
        lock (_gate)
        {
            foreach (var update in fresh)
            {
                var count = _outstanding.GetValueOrDefault(update.ChatId);
                _outstanding[update.ChatId] = count + 1;
                var pending = new PendingUpdate(update.Id, Key(update.ChatId), update.Raw!.Value.GetRawText());
                if (count < cap)
                {
                    _holding[update.Id] = pending;
                    queued.Add(update);
                    continue;
                }

                // Over the cap: this one waits in the store, and the chat's earlier ones go there too, so none of them holds the offset.
                toStore.AddRange(TakeHolding(pending.ChatKey));
                toStore.Add(pending);
                queued.Add(update with { Raw = null });
            }
        }

        await ParkAsync(toStore, cancellationToken);
        return queued;
    }

    /// <summary>Stores every update that holds the offset, so the poller can ask past a stalled chat.</summary>
    public async Task ParkHoldingAsync(CancellationToken cancellationToken)
    {
        List<PendingUpdate> holding;
        lock (_gate)
        {
            holding = [.. _holding.Values];
            _holding.Clear();
        }

        await ParkAsync(holding, cancellationToken);
    }

    /// <summary>After a restart: the stored updates not handled yet, oldest first, to queue before polling.</summary>
    public async Task<IReadOnlyList<QueuedUpdate>> ResumeAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _outstanding.Clear();
            _holding.Clear();
        }

        var queued = new List<QueuedUpdate>();
        foreach (var stored in await store.ListAsync(Source, cancellationToken))
        {
            if (!tracker.TryResume(checked((int)stored.Id)))
            {
                // Handled just before the process stopped, but not yet removed.
                await store.RemoveAsync(Source, stored.Id, cancellationToken);
                continue;
            }

            var chatId = long.Parse(stored.ChatKey, NumberStyles.Integer, CultureInfo.InvariantCulture);
            lock (_gate)
            {
                _outstanding[chatId] = _outstanding.GetValueOrDefault(chatId) + 1;
            }

            queued.Add(new QueuedUpdate((int)stored.Id, chatId, null));
        }

        return queued;
    }

    /// <summary>The update as Telegram sent it: from memory, or from the store when it waited there (null when gone).</summary>
    public async Task<JsonElement?> ReadAsync(QueuedUpdate update, CancellationToken cancellationToken)
    {
        if (update.Raw is { } raw)
        {
            return raw;
        }

        var payload = await store.GetPayloadAsync(Source, update.Id, cancellationToken);
        using var document = payload is null ? null : JsonDocument.Parse(payload);
        return document?.RootElement.Clone();
    }

    /// <summary>The update is handled: the offset moves, and a stored copy is removed after that.</summary>
    public async Task CompleteAsync(QueuedUpdate update)
    {
        lock (_gate)
        {
            _holding.Remove(update.Id);
            if (--_outstanding[update.ChatId] == 0)
            {
                _outstanding.Remove(update.ChatId);
            }
        }

        if (await tracker.CompleteAsync(update.Id))
        {
            await store.RemoveAsync(Source, update.Id, CancellationToken.None);
        }
    }

    private async Task ParkAsync(List<PendingUpdate> updates, CancellationToken cancellationToken)
    {
        if (updates.Count == 0)
        {
            return;
        }

        // Stored first: only then may the offset, and with it Telegram's memory, move past them.
        await store.AddAsync(Source, updates, cancellationToken);
        var parked = tracker.Park(updates.Select(u => (int)u.Id));
        foreach (var finished in updates.Where(u => !parked.Contains((int)u.Id)))
        {
            // Handled while it was being stored: a copy left behind would be handled again after a restart.
            await store.RemoveAsync(Source, finished.Id, CancellationToken.None);
        }
    }

    private List<PendingUpdate> TakeHolding(string chatKey)
    {
        var taken = _holding.Values.Where(u => u.ChatKey == chatKey).ToList();
        foreach (var update in taken)
        {
            _holding.Remove((int)update.Id);
        }

        return taken;
    }

    private static string Key(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);
}
