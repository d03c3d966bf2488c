using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>Adapters hear about a workshop exactly when it becomes open for sign-up.</summary>
public sealed class WorkshopAnnouncementTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Mock<IWorkshopAnnouncer> _announcer = new();

    [Fact]
    public async Task CreateAsync_ByStaff_AnnouncesOnceWithItsHub()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("a.db"), configure: s => s.AddSingleton(_announcer.Object));

        var workshop = await harness.PublishedAsync(capacity: 6);

        _announcer.Verify(a => a.AnnounceAsync(It.Is<Workshop>(w => w.Id == workshop.Id), It.Is<HubOptions>(h => h.Id == "hannover"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DecideAsync_ProposalApprovedOrDeclined_AnnouncesOnlyTheApproved()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("b.db"), configure: s => s.AddSingleton(_announcer.Object));
        await harness.MemberAsync("anna", "Anna");
        var admin = harness.Get<WorkshopAdminService>();
        var approved = await ProposeAsync(admin, "Collage");
        var declined = await ProposeAsync(admin, "Linolschnitt");
        _announcer.Verify(a => a.AnnounceAsync(It.IsAny<Workshop>(), It.IsAny<HubOptions>(), It.IsAny<CancellationToken>()), Times.Never);

        await admin.DecideAsync(approved.Id, WorkshopHarness.Staff, isApproved: true, CancellationToken.None);
        await admin.DecideAsync(declined.Id, WorkshopHarness.Staff, isApproved: false, CancellationToken.None);

        _announcer.Verify(a => a.AnnounceAsync(It.Is<Workshop>(w => w.Id == approved.Id && w.State == WorkshopState.Published), It.IsAny<HubOptions>(), It.IsAny<CancellationToken>()), Times.Once);
        _announcer.Verify(a => a.AnnounceAsync(It.Is<Workshop>(w => w.Id == declined.Id), It.IsAny<HubOptions>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    private static Task<Workshop> ProposeAsync(WorkshopAdminService admin, string title) =>
        admin.CreateAsync(new WorkshopRequest(title, "Papier und Kleber", "hannover", WorkshopHarness.Now.AddDays(3), 6, "web:anna", "m-anna"), "Anna", CancellationToken.None);

    public void Dispose() => _folder.Dispose();
}
