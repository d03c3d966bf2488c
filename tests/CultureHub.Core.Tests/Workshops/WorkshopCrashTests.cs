using CultureHub.Core.Chat;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using CultureHub.TestKit.Faults;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>
/// A crash between the steps of a reminder or a waitlist promotion, simulated by a fault in an
/// owned store and a stopped host, then a restart on the same database: nothing lost, nothing twice.
/// </summary>
public sealed class WorkshopCrashTests : IDisposable
{
    private static readonly DateTimeOffset StartsAt = WorkshopHarness.Now.AddDays(3);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(WorkshopHarness.Now);

    [Fact]
    public async Task SendDueAsync_CrashWhileSending_ReminderArrivesExactlyOnceAfterRestart()
    {
        var web = new FaultSwitch();
        await using (var harness = WorkshopHarness.Create(_folder.File("r.db"), _clock, s => s.AddFaults(mailbox: web)))
        {
            var workshop = await harness.PublishedAsync(capacity: 3, StartsAt);
            await harness.Get<WorkshopService>().SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
            _clock.SetUtcNow(StartsAt.AddHours(-23));
            web.Arm(Fault.Hang, key => key == "web:anna");

            using var crash = new CancellationTokenSource();
            var run = harness.Get<WorkshopReminders>().SendDueAsync(crash.Token);
            await web.Hit.WaitAsync(TimeSpan.FromSeconds(30));
            await crash.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }

        await using (var harness = WorkshopHarness.Create(_folder.File("r.db"), _clock))
        {
            var reminders = harness.Get<WorkshopReminders>();
            var dispatcher = harness.Get<OutboxDispatcher>();

            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
            Assert.Equal(1, await dispatcher.DispatchDueAsync(CancellationToken.None));
            Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
            Assert.Equal(0, await dispatcher.DispatchDueAsync(CancellationToken.None));

            Assert.Contains("Morgen", Assert.Single(await harness.InboxAsync("anna")).Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SendDueAsync_ReminderRecordedButRegistrationNotMarked_SendsItOnce()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("m.db"), _clock);
        var workshop = await harness.PublishedAsync(capacity: 3, StartsAt);
        var anna = await harness.MemberAsync("anna");
        await harness.Get<WorkshopService>().SignUpAsync(workshop.Id, anna, CancellationToken.None);
        _clock.SetUtcNow(StartsAt.AddHours(-23));

        // The state a crash right after recording the reminder leaves behind: in the outbox, registration unmarked.
        Assert.True(await harness.Get<WorkshopNotifier>().QueueReminderAsync(workshop, anna.Id, isDayBefore: true, CancellationToken.None));
        var reminders = harness.Get<WorkshopReminders>();
        await reminders.SendDueAsync(CancellationToken.None);
        await reminders.SendDueAsync(CancellationToken.None);
        await harness.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        Assert.Single(await harness.InboxAsync("anna"));
        Assert.NotNull((await harness.Get<IWorkshopStore>().GetRegistrationAsync(workshop.Id, anna.Id, CancellationToken.None))!.DayReminderSentAt);
    }

    [Fact]
    public async Task CancelAsync_CrashBeforePromotionNoticeRecorded_PromotedMemberToldOnceAfterRestart()
    {
        var outbox = new FaultSwitch();
        string workshopId;
        await using (var harness = WorkshopHarness.Create(_folder.File("p.db"), _clock, s => s.AddFaults(outbox: outbox)))
        {
            var workshop = await harness.PublishedAsync(capacity: 1, StartsAt);
            workshopId = workshop.Id;
            var service = harness.Get<WorkshopService>();
            await service.SignUpAsync(workshop.Id, await harness.MemberAsync("anna"), CancellationToken.None);
            Assert.Equal(SignUpResult.Waitlisted, (await service.SignUpAsync(workshop.Id, await harness.MemberAsync("ben"), CancellationToken.None)).Result);
            outbox.Arm(Fault.Throw, key => key.StartsWith("ws-promoted:", StringComparison.Ordinal), times: 1);

            await Assert.ThrowsAsync<IOException>(() => service.CancelAsync(workshop.Id, "m-anna", CancellationToken.None));
        }

        await using (var harness = WorkshopHarness.Create(_folder.File("p.db"), _clock))
        {
            var notices = harness.Get<WaitlistNotices>();
            await notices.RunAsync(CancellationToken.None);
            await notices.RunAsync(CancellationToken.None);
            var again = await harness.Get<WorkshopService>().SignUpAsync(workshopId, await harness.MemberAsync("anna"), CancellationToken.None);

            Assert.Contains("Platz", Assert.Single(await harness.InboxAsync("ben")).Text, StringComparison.Ordinal);
            Assert.Equal(SignUpResult.Waitlisted, again.Result);
            var registrations = await harness.Get<IWorkshopStore>().RegistrationsForAsync(workshopId, CancellationToken.None);
            Assert.Equal("m-ben", Assert.Single(registrations, r => r.Status == RegistrationStatus.Confirmed).MemberId);
        }
    }

    public void Dispose() => _folder.Dispose();
}
