using System.Globalization;
using CultureHub.Core.Chat;

namespace CultureHub.Telegram.Polling;

/// <summary>
/// Runs work per chat in arrival order (the core's <see cref="KeyedLock"/>), different chats side
/// by side, at most a fixed number at once. After <see cref="Stop"/> queued work is left alone
/// (the poller fetches it again, or finds it in the pending-update store, after a restart) while
/// work already running may finish.
/// </summary>
public sealed class ChatUpdateQueue(int maxConcurrentChats)
{
    private readonly KeyedLock _chats = new();
    private readonly SemaphoreSlim _slots = new(maxConcurrentChats, maxConcurrentChats);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();

    /// <summary>How many chats have work running or waiting.</summary>
    public int ActiveChats => _chats.ActiveKeys;

    /// <summary>Queues the work behind the chat's earlier work; the place in line is taken before this returns.</summary>
    public void Enqueue(long chatId, Func<CancellationToken, Task> work) =>
        _ = RunAsync(chatId.ToString(CultureInfo.InvariantCulture), work);

    /// <summary>Stops starting queued work.</summary>
    public void Stop() => _stopping.Cancel();

    /// <summary>Cancels work still running (the host ran out of patience).</summary>
    public void Abort() => _abort.Cancel();

    /// <summary>Waits for running work to finish after <see cref="Stop"/>.</summary>
    public Task DrainAsync() => _chats.WhenIdleAsync();

    private async Task RunAsync(string chat, Func<CancellationToken, Task> work)
    {
        using var turn = await _chats.AcquireAsync(chat, CancellationToken.None);
        try
        {
            await _slots.WaitAsync(_stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        try
        {
            await work(_abort.Token);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Left unfinished on purpose: the update stays pending and is handled again after a restart.
        }
        catch (Exception)
        {
            // The work handles its own failures; this only keeps one chat's line from dying with it.
        }
        finally
        {
            _slots.Release();
        }
    }
}
