using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

/// <summary>
/// The members are read whole for every <c>/match</c>; the store keeps what it read and applies its own
/// committed writes. Whatever happens, the kept list must equal a fresh read of the file.
/// </summary>
public sealed class KeptCollectionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ListAsync_Unchanged_ServesTheSameListWithoutReadingAgain()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("a", "Ich spiele Bass"), CancellationToken.None);

        var first = await store.ListAsync(CancellationToken.None);
        var second = await store.ListAsync(CancellationToken.None);

        Assert.Same(first, second);
    }

    [Fact]
    public async Task ListAsync_AfterUpsertUpdateAndDelete_EqualsAFreshRead()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("a", "Ich spiele Bass"), CancellationToken.None);
        await store.UpsertAsync(Sample("b", "Ich male"), CancellationToken.None);
        var before = await store.ListAsync(CancellationToken.None);

        await store.UpsertAsync(Sample("c", "Ich filme"), CancellationToken.None);
        await store.UpdateAsync("a", m => m with { Offers = "Ich spiele Kontrabass", UpdatedAt = Later }, CancellationToken.None);
        await store.DeleteAsync("b", CancellationToken.None);
        var after = await store.ListAsync(CancellationToken.None);

        Assert.Equal(Json(FreshRead(context)), Json(after));
        Assert.Equal(["a", "c"], after.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Ich spiele Kontrabass", after.Single(m => m.Id == "a").Offers);
        Assert.Equal(["a", "b"], before.Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.Equal("Ich spiele Bass", before.Single(m => m.Id == "a").Offers);
    }

    [Fact]
    public async Task ListAsync_WriteRolledBack_KeptListHasNoTraceOfIt()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("a", "Ich spiele Bass"), CancellationToken.None);
        await store.ListAsync(CancellationToken.None);

        Assert.Throws<InvalidOperationException>(() => context.Write(_ =>
        {
            store.UpsertAsync(Sample("ghost", "Ich bin nie gespeichert"), CancellationToken.None).GetAwaiter().GetResult();
            throw new InvalidOperationException("the handling failed after the write");
        }));
        var after = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["a"], after.Select(m => m.Id));
    }

    [Fact]
    public async Task ListAsync_WriteThroughAnotherStoreOnTheSameFile_IsSeen()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        var other = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("a", "Ich spiele Bass"), CancellationToken.None);
        await store.ListAsync(CancellationToken.None);

        await other.UpsertAsync(Sample("b", "Ich male"), CancellationToken.None);
        var after = await store.ListAsync(CancellationToken.None);

        Assert.Equal(["a", "b"], after.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListAsync_UpdateThatChangesNothing_KeepsTheSameList()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("a", "Ich spiele Bass"), CancellationToken.None);
        var first = await store.ListAsync(CancellationToken.None);

        await store.UpdateAsync("a", _ => null, CancellationToken.None);

        Assert.Same(first, await store.ListAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();

    private static readonly DateTimeOffset Later = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private LiteDbContext Open() => new(Options.Create(new StorageOptions { DatabasePath = _folder.File("hub.db") }));

    /// <summary>Every member as the file holds them, past any kept copy.</summary>
    private static IReadOnlyList<Member> FreshRead(LiteDbContext context) =>
        context.Read(db => db.GetCollection("members").FindAll().Select(BsonJson.FromDocument<Member>).ToList());

    private static string Json(IEnumerable<Member> members) =>
        JsonSerializer.Serialize(members.OrderBy(m => m.Id, StringComparer.Ordinal).ToList());

    private static Member Sample(string id, string offers) => new()
    {
        Id = id,
        DisplayName = "Kim " + id,
        Offers = offers,
        Consent = new ConsentRecord("2026-11", new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero)),
        Identities = [new PlatformIdentity(ChatPlatform.Web, "visitor-" + id)],
        UpdatedAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.FromHours(1)),
    };
}
