using CultureHub.Core.Chat;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbPendingUpdateStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AddAsync_ThenReopen_ListsOldestFirstAndReadsPayloads()
    {
        var path = _folder.File("p.db");
        using (var context = Open(path))
        {
            var store = new LiteDbPendingUpdateStore(context);
            await store.AddAsync("telegram", [new PendingUpdate(12, "7", """{"update_id":12}"""), new PendingUpdate(10, "7", """{"update_id":10}""")], default);
            await store.AddAsync("other", [new PendingUpdate(11, "8", "{}")], default);
        }

        using var reopened = Open(path);
        var again = new LiteDbPendingUpdateStore(reopened);

        Assert.Equal([new PendingUpdateRef(10, "7"), new PendingUpdateRef(12, "7")], await again.ListAsync("telegram", default));
        Assert.Equal("""{"update_id":12}""", await again.GetPayloadAsync("telegram", 12, default));
        Assert.Null(await again.GetPayloadAsync("telegram", 11, default));
    }

    [Fact]
    public async Task AddAsync_SameIdTwice_KeepsOneAndRemoveForgetsIt()
    {
        using var context = Open(_folder.File("q.db"));
        var store = new LiteDbPendingUpdateStore(context);

        await store.AddAsync("telegram", [new PendingUpdate(5, "1", "first")], default);
        await store.AddAsync("telegram", [new PendingUpdate(5, "1", "second"), new PendingUpdate(6, "1", "x")], default);
        await store.RemoveAsync("telegram", 6, default);

        Assert.Equal([new PendingUpdateRef(5, "1")], await store.ListAsync("telegram", default));
        Assert.Equal("first", await store.GetPayloadAsync("telegram", 5, default));
    }

    public void Dispose() => _folder.Dispose();

    private static LiteDbContext Open(string path) => new(Options.Create(new StorageOptions { DatabasePath = path }));
}
