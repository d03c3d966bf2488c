using System.Text;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopTimeChangeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task EditAsync_NewTime_TellsConfirmedAndWaitlistedInTheirLanguageWithUpdatedCalendar()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("t.db"));
        var service = harness.Get<WorkshopService>();
        var workshop = await harness.PublishedAsync(capacity: 1);
        await service.SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
        var ben = await harness.MemberAsync("ben");
        await harness.Get<IMemberStore>().UpsertAsync(ben with { Language = Language.En }, CancellationToken.None);
        await service.SignUpAsync(workshop.Id, ben, CancellationToken.None);
        var cem = await harness.MemberAsync("cem");
        await service.SignUpAsync(workshop.Id, cem, CancellationToken.None);
        await service.CancelAsync(workshop.Id, cem.Id, CancellationToken.None);
        foreach (var user in new[] { "anna", "ben", "cem" })
        {
            await harness.InboxAsync(user);
        }

        // 27 October is after the change to winter time: 17:00 UTC is 18:00 in Berlin.
        var newStart = new DateTimeOffset(2026, 10, 27, 17, 0, 0, TimeSpan.Zero);
        var (result, _) = await harness.Get<WorkshopAdminService>().EditAsync(workshop.Id, WorkshopHarness.Staff, new WorkshopEdit(StartsAt: newStart), CancellationToken.None);

        Assert.Equal(StaffResult.Done, result);
        var anna = Assert.Single(await harness.InboxAsync("anna"));
        Assert.Contains("Neue Zeit", anna.Text, StringComparison.Ordinal);
        Assert.Contains("27.10.2026, 18:00–20:00", anna.Text, StringComparison.Ordinal);
        var calendar = Encoding.UTF8.GetString(Assert.IsType<Core.Chat.ChatAttachment>(anna.Attachment).Content.Span);
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261027T180000", calendar, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", calendar, StringComparison.Ordinal);
        var benNotice = Assert.Single(await harness.InboxAsync("ben"));
        Assert.Contains("New time", benNotice.Text, StringComparison.Ordinal);
        Assert.Contains("27.10.2026, 18:00–20:00", benNotice.Text, StringComparison.Ordinal);
        Assert.NotNull(benNotice.Attachment);
        Assert.Empty(await harness.InboxAsync("cem"));
    }

    [Fact]
    public async Task EditAsync_NewTitle_TellsNobody()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("n.db"));
        var workshop = await harness.PublishedAsync(capacity: 3);
        await harness.Get<WorkshopService>().SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
        await harness.InboxAsync("anna");

        await harness.Get<WorkshopAdminService>().EditAsync(workshop.Id, WorkshopHarness.Staff, new WorkshopEdit(Title: "Siebdruck II"), CancellationToken.None);

        Assert.Empty(await harness.InboxAsync("anna"));
    }

    public void Dispose() => _folder.Dispose();
}
