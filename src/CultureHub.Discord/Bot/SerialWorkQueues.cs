namespace CultureHub.Discord.Bot;

/// <summary>Runs work for one key (one member) in arrival order, different keys in parallel.</summary>
public sealed class SerialWorkQueues
{
    private readonly Dictionary<string, Task> _tails = new(StringComparer.Ordinal);

    public Task Enqueue(string key, Func<Task> work)
    {
        lock (_tails)
        {
            var tail = _tails.GetValueOrDefault(key) ?? Task.CompletedTask;
            var next = tail.ContinueWith(_ => work(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            _tails[key] = next;
            _ = next.ContinueWith(_ => Forget(key, next), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            return next;
        }
    }

    /// <summary>Everything queued so far, for a clean shutdown.</summary>
    public Task WhenAll()
    {
        lock (_tails)
        {
            return Task.WhenAll(_tails.Values);
        }
    }

    private void Forget(string key, Task finished)
    {
        lock (_tails)
        {
            if (_tails.TryGetValue(key, out var tail) && ReferenceEquals(tail, finished))
            {
                _tails.Remove(key);
            }
        }
    }
}
