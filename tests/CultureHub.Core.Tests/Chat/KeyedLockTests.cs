using CultureHub.Core.Chat;

namespace CultureHub.Core.Tests.Chat;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task AcquireAsync_SameKey_RunsOneAtATime()
    {
        var locks = new KeyedLock();
        var inside = 0;
        var maxInside = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using (await locks.AcquireAsync("member", CancellationToken.None))
            {
                var now = Interlocked.Increment(ref inside);
                maxInside = Math.Max(maxInside, now);
                await Task.Yield();
                Interlocked.Decrement(ref inside);
            }
        }));

        Assert.Equal(1, maxInside);
    }

    [Fact]
    public async Task AcquireAsync_DifferentKeys_DoNotBlockEachOther()
    {
        var locks = new KeyedLock();
        using var first = await locks.AcquireAsync("a", CancellationToken.None);

        var second = locks.AcquireAsync("b", CancellationToken.None);

        Assert.True(second.IsCompletedSuccessfully);
        (await second).Dispose();
    }

    [Fact]
    public async Task RunAsync_SameKey_RunsInTheOrderAsked()
    {
        var locks = new KeyedLock();
        var gate = new TaskCompletionSource();
        var order = new List<int>();
        var first = locks.RunAsync("chat", async _ => await gate.Task, CancellationToken.None);

        // Each waits behind the first; the order they asked in must be the order they run in.
        var rest = Enumerable.Range(1, 50).Select(i => locks.RunAsync("chat", async _ =>
        {
            await Task.Yield();
            lock (order)
            {
                order.Add(i);
            }
        }, CancellationToken.None)).ToList();
        gate.SetResult();
        await Task.WhenAll(rest.Append(first));

        Assert.Equal(Enumerable.Range(1, 50), order);
    }

    [Fact]
    public async Task RunAsync_OneKeyStalled_OtherKeysStillRun()
    {
        var locks = new KeyedLock();
        var stalled = new TaskCompletionSource();
        var blocked = locks.RunAsync("slow", _ => stalled.Task, CancellationToken.None);

        var others = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => locks.RunAsync($"fast{i}", _ => Task.FromResult(i), CancellationToken.None)));

        Assert.Equal(Enumerable.Range(0, 10), others);
        Assert.False(blocked.IsCompleted);
        stalled.SetResult();
        await blocked;
    }

    [Fact]
    public async Task ActiveKeys_AfterWorkOnManyKeys_IsZeroAgain()
    {
        var locks = new KeyedLock();

        await Task.WhenAll(Enumerable.Range(0, 1000).Select(i => locks.RunAsync($"k{i % 100}", async _ => await Task.Yield(), CancellationToken.None)));

        Assert.Equal(0, locks.ActiveKeys);
        Assert.True(locks.WhenIdleAsync().IsCompleted);
    }

    [Fact]
    public async Task AcquireAsync_WaiterCancelled_GivesUpItsPlaceAndTheNextOneRuns()
    {
        var locks = new KeyedLock();
        var held = await locks.AcquireAsync("k", CancellationToken.None);
        using var cancellation = new CancellationTokenSource();
        var cancelled = locks.AcquireAsync("k", cancellation.Token);
        var next = locks.AcquireAsync("k", CancellationToken.None);

        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(next.IsCompleted);
        held.Dispose();
        (await next).Dispose();

        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task WhenIdleAsync_WorkStillRunning_CompletesWhenItEnds()
    {
        var locks = new KeyedLock();
        var gate = new TaskCompletionSource();
        var running = locks.RunAsync("k", _ => gate.Task, CancellationToken.None);

        var idle = locks.WhenIdleAsync();

        Assert.False(idle.IsCompleted);
        gate.SetResult();
        await running;
        await idle;
        Assert.Equal(0, locks.ActiveKeys);
    }

    [Fact]
    public async Task RunAsync_WorkThrows_PassesTheTurnOn()
    {
        var locks = new KeyedLock();

        await Assert.ThrowsAsync<InvalidOperationException>(() => locks.RunAsync("k", _ => throw new InvalidOperationException(), CancellationToken.None));
        var after = await locks.RunAsync("k", _ => Task.FromResult(42), CancellationToken.None);

        Assert.Equal(42, after);
        Assert.Equal(0, locks.ActiveKeys);
    }
}
