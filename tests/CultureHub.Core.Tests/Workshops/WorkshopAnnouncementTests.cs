using CultureHub.Core.Chat;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>A hub's public space hears about a workshop exactly when it becomes open for sign-up, through the outbox.</summary>
public sealed class WorkshopAnnouncementTests : IDisposable
{
    private const string HannoverChannel = "4711";
    private readonly TempFolder _folder = new();
    private readonly Mock<IChatChannel> _discord = new();
    private readonly Mock<IHubSpaces> _spaces = new();

    public WorkshopAnnouncementTests()
    {
        _discord.SetupGet(c => c.Platform).Returns(ChatPlatform.Discord);
        _discord.Setup(c => c.PostToSpaceAsync(It.IsAny<string>(), It.IsAny<ChatReply>(), It.IsAny<CancellationToken>())).ReturnsAsync(DeliveryOutcome.Delivered);
        _spaces.SetupGet(s => s.Platform).Returns(ChatPlatform.Discord);
        _spaces.Setup(s => s.SpaceOf("hannover")).Returns(HannoverChannel);
    }

    [Fact]
    public async Task CreateAsync_ByStaff_PostsTheCardOnceInItsHubsChannel()
    {
        await using var harness = Create("a.db");

        var workshop = await harness.PublishedAsync(capacity: 6);

        _discord.Verify(c => c.PostToSpaceAsync(HannoverChannel, It.Is<ChatReply>(r => r.Text.Contains(workshop.Title) && r.Attachment != null), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task DecideAsync_ProposalApprovedOrDeclined_AnnouncesOnlyTheApproved()
    {
        await using var harness = Create("b.db");
        await harness.MemberAsync("anna", "Anna");
        var admin = harness.Get<WorkshopAdminService>();
        var approved = await ProposeAsync(admin, "Collage");
        var declined = await ProposeAsync(admin, "Linolschnitt");
        _discord.Verify(c => c.PostToSpaceAsync(It.IsAny<string>(), It.IsAny<ChatReply>(), It.IsAny<CancellationToken>()), Times.Never);

        await admin.DecideAsync(approved.Id, WorkshopHarness.Staff, isApproved: true, CancellationToken.None);
        await admin.DecideAsync(declined.Id, WorkshopHarness.Staff, isApproved: false, CancellationToken.None);

        _discord.Verify(c => c.PostToSpaceAsync(HannoverChannel, It.Is<ChatReply>(r => r.Text.Contains("Collage")), It.IsAny<CancellationToken>()), Times.Once);
        _discord.Verify(c => c.PostToSpaceAsync(It.IsAny<string>(), It.Is<ChatReply>(r => r.Text.Contains("Linolschnitt")), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task PublishedAsync_ChannelFailsOnce_OutboxPostsItLaterOnce()
    {
        _discord.SetupSequence(c => c.PostToSpaceAsync(It.IsAny<string>(), It.IsAny<ChatReply>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("gateway down"))
            .ReturnsAsync(DeliveryOutcome.Delivered);
        await using var harness = Create("c.db");
        var workshop = await harness.PublishedAsync(capacity: 6);
        var dispatcher = harness.Get<OutboxDispatcher>();

        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
        harness.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

        _discord.Verify(c => c.PostToSpaceAsync(HannoverChannel, It.Is<ChatReply>(r => r.Text.Contains(workshop.Title)), It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    private WorkshopHarness Create(string file) =>
        WorkshopHarness.Create(_folder.File(file), configure: s => s.AddSingleton(_discord.Object).AddSingleton(_spaces.Object));

    private static Task<Workshop> ProposeAsync(WorkshopAdminService admin, string title) =>
        admin.CreateAsync(new WorkshopRequest(title, "Papier und Kleber", "hannover", WorkshopHarness.Now.AddDays(3), 6, "web:anna", "m-anna"), "Anna", CancellationToken.None);

    public void Dispose() => _folder.Dispose();
}
