using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopReminderTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(WorkshopHarness.Now);

    [Fact]
    public async Task SendDueAsync_DayAndTwoHoursBefore_FiresOnceToConfirmedOnly_EvenAfterRestart()
    {
        var startsAt = WorkshopHarness.Now.AddDays(3);
        await using (var harness = WorkshopHarness.Create(_folder.File("r.db"), _clock))
        {
            var workshop = await harness.PublishedAsync(capacity: 1, startsAt);
            var service = harness.Get<WorkshopService>();
            await service.SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
            await service.SignUpAsync(workshop.Id, await harness.MemberAsync("ben"), CancellationToken.None);
            var reminders = harness.Get<WorkshopReminders>();

            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
            _clock.SetUtcNow(startsAt.AddHours(-23));
            Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
            Assert.Contains("Morgen", WorkshopHarness.Text(await harness.InboxAsync("anna")), StringComparison.Ordinal);
            Assert.Empty(await harness.InboxAsync("ben"));
        }

        await using (var harness = WorkshopHarness.Create(_folder.File("r.db"), _clock))
        {
            var reminders = harness.Get<WorkshopReminders>();
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
            _clock.SetUtcNow(startsAt.AddHours(-1.5));
            Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        }

        await using (var harness = WorkshopHarness.Create(_folder.File("r.db"), _clock))
        {
            Assert.Equal(0, await harness.Get<WorkshopReminders>().SendDueAsync(CancellationToken.None));
            var inbox = await harness.InboxAsync("anna");
            Assert.Contains("Gleich geht's los", Assert.Single(inbox).Text, StringComparison.Ordinal);
            Assert.Empty(await harness.InboxAsync("ben"));
        }
    }

    [Fact]
    public async Task EditAsync_NewTime_KeepsLengthAndRemindsAgain()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("e.db"), _clock);
        var workshop = await harness.PublishedAsync(capacity: 3, WorkshopHarness.Now.AddHours(20));
        await harness.Get<WorkshopService>().SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
        var reminders = harness.Get<WorkshopReminders>();
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));

        var later = WorkshopHarness.Now.AddDays(3);
        var (result, moved) = await harness.Get<WorkshopAdminService>().EditAsync(workshop.Id, WorkshopHarness.Staff, new WorkshopEdit(StartsAt: later), CancellationToken.None);
        _clock.SetUtcNow(later.AddHours(-20));

        Assert.Equal(StaffResult.Done, result);
        Assert.Equal(later.AddHours(2), moved!.EndsAt);
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
