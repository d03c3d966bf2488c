using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbMemberStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private LiteDbContext Open() => new(Options.Create(new StorageOptions { DatabasePath = _folder.File("hub.db") }));

    private static Member Sample(string id, string identity) => new()
    {
        Id = id,
        DisplayName = "Ayşe <b>Sound</b> 🎚",
        Consent = new ConsentRecord("2026-11", new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero)),
        Identities = [new PlatformIdentity(ChatPlatform.Telegram, identity)],
        Town = new MemberTown("bei Vechta", new Place("Vechta", new GeoPoint(52.73, 8.29), "Weser-Ems", 32000, true)),
        Sectors = [Sector.Music, Sector.Film],
        Offers = "Ich mische Bands live",
        OfferTags = [new CompetenceTag("live_sound", 0.9, IsConfirmed: true), new CompetenceTag("mastering", 1.0, IsConfirmed: true)],
        Corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band").WithAdded(LabelSide.Offer, "mastering").WithRemoved(LabelSide.Seek, "venue"),
        CreatedAt = new DateTimeOffset(2026, 11, 1, 8, 30, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 2, 8, 30, 0, TimeSpan.FromHours(1)),
    };

    [Fact]
    public async Task UpsertAsync_ThenGet_RoundTripsEveryField()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        var member = Sample("m1", "100");

        await store.UpsertAsync(member, CancellationToken.None);
        var loaded = await store.GetAsync("m1", CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(member.DisplayName, loaded.DisplayName);
        Assert.Equal(member.Town, loaded.Town);
        Assert.Equal(member.Sectors, loaded.Sectors);
        Assert.Equal(member.OfferTags, loaded.OfferTags);
        Assert.Equal(member.Corrections.RemovedOffers, loaded.Corrections.RemovedOffers);
        Assert.Equal(member.Corrections.AddedOffers, loaded.Corrections.AddedOffers);
        Assert.Equal(member.Corrections.RemovedSeeks, loaded.Corrections.RemovedSeeks);
        Assert.Empty(loaded.Corrections.AddedSeeks);
        Assert.Equal(member.Identities, loaded.Identities);
        Assert.Equal(member.Consent, loaded.Consent);
        Assert.Equal(member.UpdatedAt, loaded.UpdatedAt);
        Assert.Equal(TimeSpan.Zero, loaded.CreatedAt.Offset);
    }

    [Fact]
    public async Task FindByIdentityAsync_UsesTheIdentityIndex()
    {
        using var context = Open();
        var store = new LiteDbMemberStore(context);
        await store.UpsertAsync(Sample("m1", "100"), CancellationToken.None);
        await store.UpsertAsync(Sample("m2", "200"), CancellationToken.None);

        var found = await store.FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "200"), CancellationToken.None);
        var missing = await store.FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Discord, "200"), CancellationToken.None);

        Assert.Equal("m2", found?.Id);
        Assert.Null(missing);
    }

    [Fact]
    public async Task Data_SurvivesReopeningTheFile()
    {
        using (var context = Open())
        {
            await new LiteDbMemberStore(context).UpsertAsync(Sample("m1", "100"), CancellationToken.None);
        }

        using var reopened = Open();
        Assert.Equal(1, await new LiteDbMemberStore(reopened).CountAsync(CancellationToken.None));
        Assert.Equal(LiteDbContext.SchemaVersion, reopened.StoredSchemaVersion);
    }

    [Fact]
    public void Open_WhileAnotherInstanceHoldsTheFile_FailsWithClearMessage()
    {
        using var first = Open();

        var exception = Assert.Throws<DatabaseLockedException>(Open);

        Assert.Contains("in use by another CultureHub instance", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteThenCompact_LeavesNoTraceInTheFile()
    {
        var path = _folder.File("hub.db");
        using (var context = Open())
        {
            var store = new LiteDbMemberStore(context);
            await store.UpsertAsync(Sample("m1", "100") with { Offers = "UniqueOfferWordXyz" }, CancellationToken.None);
            await store.UpsertAsync(Sample("m2", "200"), CancellationToken.None);
            context.Database.Checkpoint();
            await store.DeleteAsync("m1", CancellationToken.None);
            context.Compact();
        }

        var bytes = await File.ReadAllBytesAsync(path);
        Assert.Equal(-1, System.Text.Encoding.UTF8.GetString(bytes).IndexOf("UniqueOfferWordXyz", StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}
