using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbOutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TryAddAsync_KnownKey_KeepsTheFirstAndSurvivesReopening()
    {
        var path = _folder.File("o.db");
        using (var context = Open(path))
        {
            var store = new LiteDbOutboxStore(context);
            var attachment = new ChatAttachment("a.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray());
            var item = Item("proposal:i1:m1", Recipient.ForMember("m1"), Now) with
            {
                Message = new ChatReply("Hallo", [new ChatButton("intro:yes:i1", "Ja")], attachment) { About = ["m2"] },
                Concerns = ["m2"],
            };

            Assert.True(await store.TryAddAsync(item, CancellationToken.None));
            Assert.False(await store.TryAddAsync(item with { Message = new ChatReply("Zweiter Versuch") }, CancellationToken.None));
        }

        using (var context = Open(path))
        {
            var loaded = await new LiteDbOutboxStore(context).GetAsync("proposal:i1:m1", CancellationToken.None);
            Assert.Equal("Hallo", loaded!.Message!.Text);
            Assert.Equal("intro:yes:i1", Assert.Single(loaded.Message.Buttons).Id);
            Assert.Equal("BEGIN:VCALENDAR"u8.ToArray(), loaded.Message.Attachment!.Content.ToArray());
            Assert.Equal(["m2"], loaded.Concerns);
            Assert.Equal(["m2"], loaded.Message.About);
            Assert.Equal(Now, loaded.NextAttemptAt);
        }
    }

    [Fact]
    public async Task DueAsync_OnlyPendingItemsWhoseTimeCame_OldestFirst()
    {
        using var context = Open(_folder.File("d.db"));
        var store = new LiteDbOutboxStore(context);
        await store.TryAddAsync(Item("b", Recipient.ForMember("m1"), Now.AddMinutes(-1)), CancellationToken.None);
        await store.TryAddAsync(Item("a", Recipient.ForMember("m1"), Now.AddMinutes(-5)), CancellationToken.None);
        await store.TryAddAsync(Item("later", Recipient.ForMember("m1"), Now.AddMinutes(5)), CancellationToken.None);
        await store.TryAddAsync(Item("done", Recipient.ForMember("m1"), Now.AddMinutes(-9)) with { State = OutboxState.Delivered, SettledAt = Now }, CancellationToken.None);

        var due = await store.DueAsync(Now, 10, CancellationToken.None);

        Assert.Equal(["a", "b"], due.Select(i => i.Key));
    }

    [Fact]
    public async Task PurgeAndErase_RemoveOldSettledMarkers_AndEverythingToOrAboutAMember()
    {
        using var context = Open(_folder.File("p.db"));
        var store = new LiteDbOutboxStore(context);
        await store.TryAddAsync(Item("old", Recipient.ForMember("m9"), Now) with { State = OutboxState.Delivered, SettledAt = Now.AddDays(-100) }, CancellationToken.None);
        await store.TryAddAsync(Item("recent", Recipient.ForMember("m9"), Now) with { State = OutboxState.Delivered, SettledAt = Now.AddDays(-1) }, CancellationToken.None);
        await store.TryAddAsync(Item("to", Recipient.ForMember("m1"), Now), CancellationToken.None);
        await store.TryAddAsync(Item("about", Recipient.ForMember("m2"), Now) with { Concerns = ["m1"] }, CancellationToken.None);
        await store.TryAddAsync(Item("staff", Recipient.ForIdentity(new PlatformIdentity(ChatPlatform.Telegram, "77")), Now), CancellationToken.None);

        Assert.Equal(1, await store.PurgeSettledAsync(Now.AddDays(-90), CancellationToken.None));
        Assert.Equal(3, (await store.ForMemberAsync("m1", ["telegram:77"], CancellationToken.None)).Count);
        Assert.Equal(2, await store.DeleteForMemberAsync("m1", CancellationToken.None));
        Assert.Equal(1, await store.DeleteForIdentityAsync("telegram:77", CancellationToken.None));

        Assert.Equal(["recent"], (await store.ForMemberAsync("m9", [], CancellationToken.None)).Select(i => i.Key));
        Assert.Empty(await store.ForMemberAsync("m1", ["telegram:77"], CancellationToken.None));
    }

    [Fact]
    public async Task RoundLog_RemembersTheLastScheduledRound()
    {
        using var context = Open(_folder.File("r.db"));
        var log = new LiteDbRoundLog(context);

        Assert.Null(await log.LastRoundAsync(CancellationToken.None));
        await log.RecordRoundAsync(Now, CancellationToken.None);

        Assert.Equal(Now, await log.LastRoundAsync(CancellationToken.None));
    }

    private static OutboxItem Item(string key, Recipient to, DateTimeOffset due) =>
        OutboxItem.From(new OutboundMessage(key, to, new ChatReply("x")), due);

    private static LiteDbContext Open(string path) => new(Options.Create(new StorageOptions { DatabasePath = path }));

    public void Dispose() => _folder.Dispose();
}
