namespace CultureHub.Core.Chat;

/// <summary>
/// The one per-key serialiser: work for one key (a member, a chat, a workshop) runs one at a time
/// in the order it asked, different keys side by side. The core's handlers and every adapter's
/// update queue use it. A key is forgotten as soon as nothing holds or waits for it, so memory
/// stays flat however many keys pass through.
/// </summary>
/// <remarks>
/// The place in line is taken when <see cref="AcquireAsync"/> is called, not when it is awaited,
/// so callers that ask in arrival order are served in arrival order (SemaphoreSlim promises no order).
/// </remarks>
public sealed class KeyedLock
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Line> _lines = new(StringComparer.Ordinal);
    private TaskCompletionSource _idle = CompletedSignal();

    /// <summary>How many keys have work running or waiting; zero when everything is done.</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_gate)
            {
                return _lines.Count;
            }
        }
    }

    /// <summary>Completes with the key's turn; disposing the result passes the turn on. Cancelling gives up the place in line.</summary>
    public Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<IDisposable>(cancellationToken);
        }

        lock (_gate)
        {
            if (!_lines.TryGetValue(key, out var line))
            {
                line = new Line();
                _lines[key] = line;
                if (_lines.Count == 1)
                {
                    _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                return Task.FromResult<IDisposable>(new Turn(this, key, line));
            }

            var waiter = new Waiter(line.Waiting);
            waiter.Node = line.Waiting.AddLast(waiter);
            waiter.Registration = cancellationToken.Register(() => GiveUp(waiter, cancellationToken));
            return waiter.Task;
        }
    }

    /// <summary>Runs <paramref name="work"/> in the key's turn (the place in line is taken before this returns).</summary>
    public async Task RunAsync(string key, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var turn = await AcquireAsync(key, cancellationToken);
        await work(cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> in the key's turn and returns its result.</summary>
    public async Task<T> RunAsync<T>(string key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        using var turn = await AcquireAsync(key, cancellationToken);
        return await work(cancellationToken);
    }

    /// <summary>Completes once no key has work running or waiting (for a clean shutdown).</summary>
    public Task WhenIdleAsync()
    {
        lock (_gate)
        {
            return _idle.Task;
        }
    }

    private void GiveUp(Waiter waiter, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (waiter.Node is null)
            {
                return;
            }

            waiter.Queue.Remove(waiter.Node);
            waiter.Node = null;
        }

        waiter.TrySetCanceled(cancellationToken);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The turn is handed to the waiting caller, who disposes it to release the key.")]
    private void Pass(string key, Line line)
    {
        Waiter? next;
        lock (_gate)
        {
            next = line.Waiting.First?.Value;
            if (next is null)
            {
                _lines.Remove(key);
                if (_lines.Count == 0)
                {
                    _idle.TrySetResult();
                }

                return;
            }

            line.Waiting.RemoveFirst();
            next.Node = null;
        }

        // Unregister, not Dispose: Dispose would wait for a cancellation callback that waits for this turn.
        next.Registration.Unregister();
        next.TrySetResult(new Turn(this, key, line));
    }

    private static TaskCompletionSource CompletedSignal()
    {
        var signal = new TaskCompletionSource();
        signal.SetResult();
        return signal;
    }

    private sealed class Line
    {
        public LinkedList<Waiter> Waiting { get; } = new();
    }

    private sealed class Waiter(LinkedList<Waiter> queue) : TaskCompletionSource<IDisposable>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public LinkedList<Waiter> Queue { get; } = queue;

        public LinkedListNode<Waiter>? Node { get; set; }

        public CancellationTokenRegistration Registration { get; set; }
    }

    private sealed class Turn(KeyedLock owner, string key, Line line) : IDisposable
    {
        private int _isPassed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _isPassed, 1) == 0)
            {
                owner.Pass(key, line);
            }
        }
    }
}
