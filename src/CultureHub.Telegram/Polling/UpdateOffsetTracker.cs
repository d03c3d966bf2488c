using System.Globalization;
using CultureHub.Core.Chat;

namespace CultureHub.Telegram.Polling;

/// <summary>
/// Knows which updates are handled. Updates of different chats finish out of order, so the stored
/// offset is the lowest update neither handled nor parked (everything below it is done or kept in
/// the pending-update store); updates already handled above it are stored too, so a restart skips
/// them instead of answering twice.
/// </summary>
/// <remarks>
/// Telegram forgets every update below the offset of a <c>getUpdates</c> call, so the poller asks
/// from <see cref="Offset"/> too, never from the highest id it has seen: an update still in
/// flight when the process dies is then fetched again instead of lost. A parked update (see
/// <see cref="UpdateBacklog"/>) no longer holds the offset: it is safe in the store.
/// </remarks>
public sealed class UpdateOffsetTracker(IAdapterStateStore store)
{
    public const string OffsetKey = "telegram:offset";
    public const string HandledKey = "telegram:handled";

    private readonly Lock _gate = new();
    private readonly SortedSet<int> _pending = [];
    private readonly HashSet<int> _parked = [];
    private readonly SortedSet<int> _handledAhead = [];
    private readonly SemaphoreSlim _persistLock = new(1, 1);
    private TaskCompletionSource _progress = NewSignal();
    private int? _offset;
    private int _highestSeen = -1;
    private long _version;
    private long _persistedVersion;
    private string? _storedOffset;
    private string? _storedHandled;

    /// <summary>The first update id neither handled nor parked, or null before anything is known.</summary>
    public int? Offset => Locked(() => _offset);

    /// <summary>Updates in flight that hold the offset (parked ones do not).</summary>
    public int PendingCount => Locked(() => _pending.Count);

    public int ParkedCount => Locked(() => _parked.Count);

    /// <summary>Completes whenever an update finishes; the poller waits on it instead of spinning.</summary>
    public Task Progress => Locked(() => _progress.Task);

    /// <summary>Reads the stored state, forgetting whatever a previous run left in memory.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        _storedOffset = await store.GetAsync(OffsetKey, cancellationToken);
        _storedHandled = await store.GetAsync(HandledKey, cancellationToken);
        lock (_gate)
        {
            _pending.Clear();
            _parked.Clear();
            _handledAhead.Clear();
            _offset = int.TryParse(_storedOffset, NumberStyles.Integer, CultureInfo.InvariantCulture, out var offset) ? offset : null;
            foreach (var id in (_storedHandled ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var handled) && handled >= (_offset ?? int.MinValue))
                {
                    _handledAhead.Add(handled);
                }
            }

            _highestSeen = Math.Max(_handledAhead.Count > 0 ? _handledAhead.Max : -1, (_offset ?? 0) - 1);
        }
    }

    /// <summary>True when the update is new and should be handled; false for one handled or in flight.</summary>
    public bool TryBegin(int updateId)
    {
        lock (_gate)
        {
            if (_offset is { } offset && updateId < offset)
            {
                return false;
            }

            _offset ??= updateId;
            _highestSeen = Math.Max(_highestSeen, updateId);
            return !_handledAhead.Contains(updateId) && !_parked.Contains(updateId) && _pending.Add(updateId);
        }
    }

    /// <summary>A parked update found in the store after a restart; false when it was handled already.</summary>
    public bool TryResume(int updateId)
    {
        lock (_gate)
        {
            _highestSeen = Math.Max(_highestSeen, updateId);
            return !_handledAhead.Contains(updateId) && !_pending.Contains(updateId) && _parked.Add(updateId);
        }
    }

    /// <summary>
    /// The updates are in the pending-update store now: they stop holding the offset, so the next
    /// <c>getUpdates</c> may ask past them. Call only after the store has them. Returns those
    /// parked: an update that finished in the meantime is not.
    /// </summary>
    public IReadOnlySet<int> Park(IEnumerable<int> updateIds)
    {
        lock (_gate)
        {
            var parked = updateIds.Where(_pending.Remove).ToHashSet();
            _parked.UnionWith(parked);
            MoveFloor();
            return parked;
        }
    }

    /// <summary>Marks the update handled and stores the new offset before returning; true when it was parked.</summary>
    public async Task<bool> CompleteAsync(int updateId)
    {
        TaskCompletionSource progress;
        bool wasParked;
        lock (_gate)
        {
            wasParked = _parked.Remove(updateId);
            if (!wasParked && !_pending.Remove(updateId))
            {
                return false;
            }

            // A parked update below the offset is known handled by leaving the store; above it, Telegram may still send it.
            if (updateId >= (_offset ?? int.MinValue))
            {
                _handledAhead.Add(updateId);
            }

            MoveFloor();
            progress = _progress;
            _progress = NewSignal();
        }

        await PersistAsync();
        progress.TrySetResult();
        return wasParked;
    }

    private void MoveFloor()
    {
        var floor = _pending.Count > 0 ? _pending.Min : _highestSeen + 1;
        _offset = floor;
        _handledAhead.RemoveWhere(id => id < floor);
        _version++;
    }

    /// <summary>Writes the newest state; the offset first, so a crash in between never skips an update.</summary>
    private async Task PersistAsync()
    {
        await _persistLock.WaitAsync(CancellationToken.None);
        try
        {
            string offset;
            string handled;
            long version;
            lock (_gate)
            {
                if (_version <= _persistedVersion)
                {
                    return;
                }

                offset = _offset!.Value.ToString(CultureInfo.InvariantCulture);
                handled = string.Join(',', _handledAhead.Select(id => id.ToString(CultureInfo.InvariantCulture)));
                version = _version;
            }

            if (offset != _storedOffset)
            {
                await store.SetAsync(OffsetKey, offset, CancellationToken.None);
                _storedOffset = offset;
            }

            if (handled != (_storedHandled ?? string.Empty))
            {
                await store.SetAsync(HandledKey, handled, CancellationToken.None);
                _storedHandled = handled;
            }

            _persistedVersion = version;
        }
        finally
        {
            _persistLock.Release();
        }
    }

    private T Locked<T>(Func<T> read)
    {
        lock (_gate)
        {
            return read();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
