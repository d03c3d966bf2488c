using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbAdapterStateStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task SetAsync_Overwrites_AndGetReturnsLatest()
    {
        using var context = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _folder.File("s.db") }));
        var store = new LiteDbAdapterStateStore(context);

        Assert.Null(await store.GetAsync("telegram:offset", CancellationToken.None));
        await store.SetAsync("telegram:offset", "41", CancellationToken.None);
        await store.SetAsync("telegram:offset", "42", CancellationToken.None);

        Assert.Equal("42", await store.GetAsync("telegram:offset", CancellationToken.None));
    }

    [Fact]
    public async Task InterviewStore_SaveGetDelete()
    {
        using var context = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _folder.File("i.db") }));
        var store = new LiteDbInterviewStore(context);
        var session = new InterviewSession
        {
            IdentityKey = "web:x",
            Language = Language.En,
            Step = InterviewStep.Town,
            Draft = new MemberDraft
            {
                Name = "X",
                Offers = "drums",
                Seeks = string.Empty,
                OfferTags = [new CompetenceTag("drums", 0.95)],
                Corrections = LabelCorrections.None.WithRemoved(LabelSide.Offer, "band"),
            },
            Consent = new ConsentRecord("1", DateTimeOffset.UnixEpoch),
            AddingTo = LabelSide.Seek,
        };

        await store.SaveAsync(session, CancellationToken.None);
        var loaded = await store.GetAsync("web:x", CancellationToken.None);
        await store.DeleteAsync("web:x", CancellationToken.None);

        Assert.Equal(InterviewStep.Town, loaded?.Step);
        Assert.Equal("drums", loaded?.Draft.Offers);
        Assert.Equal(string.Empty, loaded?.Draft.Seeks);
        Assert.Null(loaded?.Draft.Links);
        Assert.Equal(session.Draft.OfferTags, loaded?.Draft.OfferTags);
        Assert.Null(loaded?.Draft.SeekTags);
        Assert.Equal(["band"], loaded?.Draft.Corrections.RemovedOffers);
        Assert.Equal(LabelSide.Seek, loaded?.AddingTo);
        Assert.Null(await store.GetAsync("web:x", CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
