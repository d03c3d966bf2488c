using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Storage;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

/// <summary>Compaction for erasure: no copy of the database stays, also when a crash cut one short.</summary>
public sealed class CompactionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("hub.db");

    private LiteDbContext Open() => new(Options.Create(new StorageOptions { DatabasePath = DatabasePath }));

    private static Member Sample(string id, string offers) => new()
    {
        Id = id,
        DisplayName = "Name " + id,
        Offers = offers,
        Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
        Identities = [new PlatformIdentity(ChatPlatform.Telegram, id)],
    };

    [Fact]
    public async Task Compact_AfterDeleteAndOverwrites_LeavesNoOldBytesAndNoBackupFiles()
    {
        using (var context = Open())
        {
            var store = new LiteDbMemberStore(context);
            await store.UpsertAsync(Sample("m1", "Erstwortvorrat"), CancellationToken.None);
            await store.UpdateAsync("m1", m => m with { Offers = "Zweitwortvorrat" }, CancellationToken.None);
            await store.UpsertAsync(Sample("m2", "Bleibtwort"), CancellationToken.None);
            await store.DeleteAsync("m1", CancellationToken.None);
            // LiteDB zeroes a deleted block, but the log still holds the page as it was before.
            Assert.NotEmpty(DataFolderScan.Traces(_folder.Path, ["Zweitwortvorrat"]));

            context.Compact();

            Assert.Empty(DataFolderScan.Traces(_folder.Path, ["Erstwortvorrat", "Zweitwortvorrat"]));
            Assert.Empty(DatabaseFiles.Leftovers(DatabasePath));
            Assert.Equal("Bleibtwort", (await store.GetAsync("m2", CancellationToken.None))?.Offers);
        }

        Assert.Empty(DataFolderScan.Traces(_folder.Path, ["Erstwortvorrat", "Zweitwortvorrat"]));
    }

    [Fact]
    public async Task Compact_MoreThan2550IndexedMembers_KeepsEveryMemberAndItsIndex()
    {
        // LiteDB's own Rebuild() fails here ("Detected loop in FindAll") and leaves the engine closed.
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        for (var i = 0; i < 3000; i++)
        {
            await store.UpsertAsync(Sample($"m{i}", "Ich mische Bands live"), CancellationToken.None);
        }

        context.Compact();
        await store.UpsertAsync(Sample("after", "Nach dem Umbau"), CancellationToken.None);

        Assert.Equal(3001, await store.CountAsync(CancellationToken.None));
        Assert.Equal("m2999", (await store.FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "m2999"), CancellationToken.None))?.Id);
        Assert.Equal("after", (await store.FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "after"), CancellationToken.None))?.Id);
        Assert.Empty(DatabaseFiles.Leftovers(DatabasePath));
    }

    [Fact]
    public async Task Open_AfterCrashWhileTheCopyWasWritten_DropsTheCopyAndCompactsAgain()
    {
        await WriteAsync(Sample("m1", "Geheimwortlein"), Sample("m2", "Bleibtwort"), deleteFirst: true);
        await File.WriteAllBytesAsync(_folder.File("hub-temp.db"), "half a copy: Geheimwortlein"u8.ToArray());
        File.Copy(DatabasePath, _folder.File("hub-backup.db"));
        Assert.NotEmpty(DataFolderScan.Traces(_folder.Path, ["Geheimwortlein"]));

        using var context = Open();

        Assert.Empty(DatabaseFiles.Leftovers(DatabasePath));
        Assert.Empty(DataFolderScan.Traces(_folder.Path, ["Geheimwortlein"]));
        Assert.Equal("Bleibtwort", (await new LiteDbMemberStore(context).GetAsync("m2", CancellationToken.None))?.Offers);
    }

    [Fact]
    public async Task Open_AfterCrashBetweenTheRenames_PutsTheRebuiltFileInPlace()
    {
        await WriteAsync(Sample("m2", "Bleibtwort"));
        File.Move(DatabasePath, _folder.File("hub-temp.db"));
        await File.WriteAllBytesAsync(_folder.File("hub-backup.db"), "the old file: Geheimwortlein"u8.ToArray());

        using var context = Open();

        Assert.Empty(DatabaseFiles.Leftovers(DatabasePath));
        Assert.Empty(DataFolderScan.Traces(_folder.Path, ["Geheimwortlein"]));
        Assert.Equal("Bleibtwort", (await new LiteDbMemberStore(context).GetAsync("m2", CancellationToken.None))?.Offers);
    }

    private async Task WriteAsync(Member first, Member? second = null, bool deleteFirst = false)
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(first, CancellationToken.None);
        if (second is not null)
        {
            await store.UpsertAsync(second, CancellationToken.None);
        }

        if (deleteFirst)
        {
            await store.DeleteAsync(first.Id, CancellationToken.None);
        }
    }

    public void Dispose() => _folder.Dispose();
}
