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
}
