using System.Text.Json;
using CultureHub.Storage;
using CultureHub.Telegram.Polling;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Telegram.Tests;

public sealed class UpdateBacklogTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly LiteDbContext _database;
    private readonly LiteDbPendingUpdateStore _store;

    public UpdateBacklogTests()
    {
        _database = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _folder.File("backlog.db") }));
        _store = new LiteDbPendingUpdateStore(_database);
    }

    [Fact]
    public async Task AdmitAsync_ChatOverItsCap_StoresAllItsUpdatesAndTheOffsetMovesPastThem()
    {
        var (tracker, backlog) = await CreateAsync(cap: 2);

        var queued = await backlog.AdmitAsync([Begun(tracker, 1, 7), Begun(tracker, 2, 7), Begun(tracker, 3, 8), Begun(tracker, 4, 7)], default);

        Assert.Equal([1, 2, 3, 4], queued.Select(q => q.Id));
        Assert.Null(queued.Single(q => q.Id == 4).Raw);
        Assert.Equal([1L, 2L, 4L], (await _store.ListAsync(UpdateBacklog.Source, default)).Select(u => u.Id));
        Assert.Equal(3, tracker.Offset);
        Assert.Equal("""{"update_id":4}""", (await backlog.ReadAsync(queued[3], default))!.Value.GetRawText());
    }

    [Fact]
    public async Task CompleteAsync_StoredUpdate_LeavesNoCopyBehind()
    {
        var (tracker, backlog) = await CreateAsync(cap: 1);
        var queued = await backlog.AdmitAsync([Begun(tracker, 10, 5), Begun(tracker, 11, 5)], default);

        foreach (var update in queued)
        {
            await backlog.CompleteAsync(update);
        }

        Assert.Empty(await _store.ListAsync(UpdateBacklog.Source, default));
        Assert.Equal(0, tracker.ParkedCount);
        Assert.Equal(12, tracker.Offset);
    }

    [Fact]
    public async Task ParkHoldingAsync_ThenRestart_ResumesTheStalledUpdatesOldestFirst()
    {
        var (tracker, backlog) = await CreateAsync(cap: 10);
        await backlog.AdmitAsync([Begun(tracker, 20, 1), Begun(tracker, 21, 2), Begun(tracker, 22, 1)], default);

        await backlog.ParkHoldingAsync(default);

        Assert.Equal(23, tracker.Offset);
        var (_, restarted) = await CreateAsync(cap: 10);
        var resumed = await restarted.ResumeAsync(default);
        Assert.Equal([(20, 1L), (21, 2L), (22, 1L)], resumed.Select(r => (r.Id, r.ChatId)));
        Assert.All(resumed, r => Assert.Null(r.Raw));
    }

    public void Dispose()
    {
        _database.Dispose();
        _folder.Dispose();
    }

    private static QueuedUpdate Begun(UpdateOffsetTracker tracker, int id, long chatId)
    {
        Assert.True(tracker.TryBegin(id));
        return new QueuedUpdate(id, chatId, JsonDocument.Parse($$"""{"update_id":{{id}}}""").RootElement.Clone());
    }

    private async Task<(UpdateOffsetTracker, UpdateBacklog)> CreateAsync(int cap)
    {
        var tracker = new UpdateOffsetTracker(new LiteDbAdapterStateStore(_database));
        await tracker.LoadAsync(default);
        return (tracker, new UpdateBacklog(_store, tracker, Options.Create(new TelegramOptions { MaxQueuedPerChat = cap })));
    }
}
