using CultureHub.Core.Places;
using CultureHub.Core.Projects;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbProjectStoreTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    private static Project Sample(string id, ProjectState state, DateTimeOffset? started = null, DateTimeOffset? asked = null) => new()
    {
        Id = id,
        InitiatorId = "band",
        Title = "Musikvideo",
        Place = new Place("Hildesheim", new GeoPoint(52.15, 9.95), "Hannover", 100_000, IsInNiedersachsen: true),
        Roles =
        [
            new ProjectRole { Id = "r1", CompetenceId = "camera", Candidates = [new RoleCandidate("kai", 0.9, 3) { State = InvitationState.Accepted }] },
            new ProjectRole { Id = "r2", CompetenceId = "video", Candidates = [new RoleCandidate("eda", 0.8, 30) { State = InvitationState.Declined }] },
        ],
        State = state,
        StartedAt = started,
        OutcomeAskedAt = asked,
        CreatedAt = Now,
    };

    [Fact]
    public async Task ForMember_FindsByInitiatorAndAnyCandidate_OpenHoldsDueWork_RoundTrips()
    {
        using var context = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _folder.File("p.db") }));
        var store = new LiteDbProjectStore(context);
        await store.SaveAsync(Sample("open", ProjectState.Active, started: Now), CancellationToken.None);
        await store.SaveAsync(Sample("closed-unasked", ProjectState.Closed, started: Now), CancellationToken.None);
        await store.SaveAsync(Sample("closed-done", ProjectState.Closed, started: Now, asked: Now), CancellationToken.None);

        Assert.Equal(3, (await store.ForMemberAsync("eda", CancellationToken.None)).Count);
        Assert.Equal(3, (await store.ForMemberAsync("band", CancellationToken.None)).Count);
        Assert.Empty(await store.ForMemberAsync("nobody", CancellationToken.None));
        Assert.Equal(["closed-unasked", "open"], (await store.OpenAsync(CancellationToken.None)).Select(p => p.Id).Order());
        var read = await store.GetAsync("open", CancellationToken.None);
        Assert.Equal(InvitationState.Accepted, read!.Roles[0].Candidates[0].State);
        Assert.Equal("Hildesheim", read.Place!.Name);
        Assert.Equal(["band", "kai"], read.TeamIds);

        Assert.True(await store.DeleteAsync("open", CancellationToken.None));
        Assert.Equal(2, (await store.ForMemberAsync("kai", CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Drafts_SaveGetDelete()
    {
        using var context = new LiteDbContext(Options.Create(new StorageOptions { DatabasePath = _folder.File("d.db") }));
        var store = new LiteDbProjectStore(context);
        await store.SaveDraftAsync(new ProjectDraft { IdentityKey = "web:band", Step = ProjectDraftStep.Roles, RoleIds = ["camera"] }, CancellationToken.None);

        Assert.Equal(["camera"], (await store.GetDraftAsync("web:band", CancellationToken.None))!.RoleIds);
        await store.DeleteDraftAsync("web:band", CancellationToken.None);
        Assert.Null(await store.GetDraftAsync("web:band", CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
