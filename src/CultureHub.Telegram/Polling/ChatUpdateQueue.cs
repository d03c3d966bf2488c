namespace CultureHub.Telegram.Polling;

/// <summary>
/// Runs work per chat in arrival order, different chats side by side, at most a fixed number at
/// once. After <see cref="Stop"/> queued work is left alone (the poller fetches it again after a
/// restart) while work already running may finish.
/// </summary>
public sealed class ChatUpdateQueue(int maxConcurrentChats)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, Queue<Func<CancellationToken, Task>>> _queues = [];
    private readonly HashSet<Task> _workers = [];
    private readonly SemaphoreSlim _slots = new(maxConcurrentChats, maxConcurrentChats);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();

    public void Enqueue(long chatId, Func<CancellationToken, Task> work)
    {
        lock (_gate)
        {
            if (_queues.TryGetValue(chatId, out var queue))
            {
                queue.Enqueue(work);
                return;
            }

            _queues[chatId] = new Queue<Func<CancellationToken, Task>>([work]);
            Task? worker = null;
            worker = Task.Run(async () =>
            {
                await RunChatAsync(chatId);
                lock (_gate)
                {
                    _workers.Remove(worker!);
                }
            });
            _workers.Add(worker);
        }
    }

    /// <summary>Stops starting queued work.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Cancels work still running (the host ran out of patience).</summary>
    public void Abort() => _abort.Cancel();

    /// <summary>Waits for running work to finish after <see cref="Stop"/>.</summary>
    public async Task DrainAsync()
    {
        while (true)
        {
            Task[] running;
            lock (_gate)
            {
                running = [.. _workers];
            }

            if (running.Length == 0)
            {
                return;
            }

            await Task.WhenAll(running);
        }
    }

    private async Task RunChatAsync(long chatId)
    {
        while (true)
        {
            Func<CancellationToken, Task> work;
            lock (_gate)
            {
                var queue = _queues[chatId];
                if (queue.Count == 0 || _stopping.IsCancellationRequested)
                {
                    _queues.Remove(chatId);
                    return;
                }

                work = queue.Dequeue();
            }

            try
            {
                await _slots.WaitAsync(_stopping.Token);
            }
            catch (OperationCanceledException)
            {
                continue;
            }

            try
            {
                await work(_abort.Token);
            }
            catch (OperationCanceledException) when (_abort.IsCancellationRequested)
            {
                // Left unfinished on purpose: the update stays pending and is fetched again.
            }
            catch (Exception)
            {
                // The work handles its own failures; this only keeps one chat's queue from dying with it.
            }
            finally
            {
                _slots.Release();
            }
        }
    }
}
