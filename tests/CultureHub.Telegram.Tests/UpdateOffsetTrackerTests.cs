using CultureHub.Storage;
using CultureHub.Telegram.Polling;
using Microsoft.Extensions.Options;

namespace CultureHub.Telegram.Tests;

public sealed class UpdateOffsetTrackerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"culturehub-offset-{Guid.NewGuid():N}.db");
    private readonly LiteDbContext _database;

    public UpdateOffsetTrackerTests() => _database = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _path }));

    [Fact]
    public async Task CompleteAsync_OutOfOrder_StoresLowestUnhandled()
    {
        var tracker = await LoadedAsync();
        Assert.True(tracker.TryBegin(10));
        Assert.True(tracker.TryBegin(11));
        Assert.True(tracker.TryBegin(12));

        await tracker.CompleteAsync(12);
        await tracker.CompleteAsync(11);

        var store = new LiteDbAdapterStateStore(_database);
        Assert.Equal("10", await store.GetAsync(UpdateOffsetTracker.OffsetKey, default));
        Assert.Equal("11,12", await store.GetAsync(UpdateOffsetTracker.HandledKey, default));

        await tracker.CompleteAsync(10);

        Assert.Equal("13", await store.GetAsync(UpdateOffsetTracker.OffsetKey, default));
        Assert.Equal(string.Empty, await store.GetAsync(UpdateOffsetTracker.HandledKey, default));
    }

    [Fact]
    public async Task LoadAsync_AfterRestart_SkipsHandledAndRefetchesTheRest()
    {
        var first = await LoadedAsync();
        first.TryBegin(20);
        first.TryBegin(21);
        first.TryBegin(22);
        await first.CompleteAsync(21);

        var second = await LoadedAsync();

        Assert.Equal(20, second.Offset);
        Assert.True(second.TryBegin(20));
        Assert.False(second.TryBegin(21));
        Assert.True(second.TryBegin(22));
        Assert.False(second.TryBegin(22));
        await second.CompleteAsync(20);
        await second.CompleteAsync(22);
        Assert.Equal(23, second.Offset);
        Assert.False(second.TryBegin(19));
    }

    [Fact]
    public async Task Park_InFlightUpdates_OffsetMovesPastThemAndTheyAreNotBegunTwice()
    {
        var tracker = await LoadedAsync();
        tracker.TryBegin(30);
        tracker.TryBegin(31);
        tracker.TryBegin(32);

        var parked = tracker.Park([30, 31]);

        Assert.Equal([30, 31], parked.Order());
        Assert.Equal(32, tracker.Offset);
        Assert.Equal(1, tracker.PendingCount);
        Assert.False(tracker.TryBegin(31));
        Assert.True(await tracker.CompleteAsync(31));
        Assert.False(await tracker.CompleteAsync(32));
        Assert.Equal(33, tracker.Offset);
    }

    [Fact]
    public async Task CompleteAsync_ParkedAboveTheOffset_IsStoredAsHandledSoARestartSkipsIt()
    {
        var first = await LoadedAsync();
        first.TryBegin(40);
        first.TryBegin(41);
        first.Park([41]);
        await first.CompleteAsync(41);

        var second = await LoadedAsync();

        Assert.Equal(40, second.Offset);
        Assert.False(second.TryBegin(41));
        Assert.False(second.TryResume(41));
        Assert.True(second.TryBegin(40));
    }

    [Fact]
    public async Task TryResume_ParkedBelowTheOffset_IsHandledOnceMore()
    {
        var tracker = await LoadedAsync();
        tracker.TryBegin(50);
        tracker.Park([50]);
        tracker.TryBegin(51);
        await tracker.CompleteAsync(51);

        var restarted = await LoadedAsync();

        Assert.Equal(52, restarted.Offset);
        Assert.True(restarted.TryResume(50));
        Assert.False(restarted.TryBegin(50));
        Assert.Equal(0, restarted.PendingCount);
        Assert.True(await restarted.CompleteAsync(50));
    }

    public void Dispose()
    {
        _database.Dispose();
        File.Delete(_path);
    }

    private async Task<UpdateOffsetTracker> LoadedAsync()
    {
        var tracker = new UpdateOffsetTracker(new LiteDbAdapterStateStore(_database));
        await tracker.LoadAsync(default);
        return tracker;
    }
}
