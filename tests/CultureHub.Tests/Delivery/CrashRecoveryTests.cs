using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Introductions;
using CultureHub.TestKit.Faults;

namespace CultureHub.Tests.Delivery;

/// <summary>
/// The real host stopped in the middle of a matching round and of a relayed message (a fault in an
/// owned store holds it at the chosen step), then started again on the same database: every
/// proposal and the relayed message arrive, and none arrives twice.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private readonly DeliveryWorld _world = new();

    [Fact]
    public async Task Round_CrashBetweenStoringAnIntroductionAndRecordingItsProposals_RestartLosesAndRepeatsNothing()
    {
        var outbox = new FaultSwitch();
        var proposalsRecorded = 0;
        await using (var host = await _world.StartAsync(outbox: outbox))
        {
            await DeliveryWorld.FourMusiciansAsync(host);
            outbox.Arm(Fault.Hang, key => key.StartsWith("proposal:", StringComparison.Ordinal) && Interlocked.Increment(ref proposalsRecorded) == 2);

            using var crash = new CancellationTokenSource();
            var round = host.Get<MatchingRoundService>().RunRoundAsync(crash.Token);
            await outbox.Hit.WaitAsync(TimeSpan.FromSeconds(60));
            await crash.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => round);
            var stored = Assert.Single(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
            Assert.True(stored.IsBeingProposed);
        }

        await using (var host = await _world.StartAsync())
        {
            await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);
            await host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None);
            await host.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

            var introductions = await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None);
            Assert.True(introductions.Count >= 2);
            Assert.Equal(introductions.Count, introductions.Select(i => Introduction.PairKey(i.First.MemberId, i.Second.MemberId)).Distinct().Count());
            Assert.All(introductions, i => Assert.False(i.IsBeingProposed));
            foreach (var user in new[] { "gitta", "dario", "mia", "paul" })
            {
                var received = await DeliveryWorld.ProposalsAsync(host, user);
                var expected = await DeliveryWorld.IntroductionsOfAsync(host, user);
                Assert.Equal(expected.Order(), received.Order());
            }
        }
    }

    [Fact]
    public async Task Relay_CrashWhileDelivering_ThenTheSameUpdateHandledAgain_ArrivesExactlyOnce()
    {
        var mailbox = new FaultSwitch();
        TextInput message;
        await using (var host = await _world.StartAsync(mailbox: mailbox))
        {
            await DeliveryWorld.InterviewAsync(host, "gitta", "Gitta", "Ich spiele E-Gitarre und schreibe Songs", "Ich suche einen Schlagzeuger für meine Band", "Oldenburg");
            await DeliveryWorld.InterviewAsync(host, "dario", "Dario", "Ich bin Schlagzeuger mit eigenem Proberaum", "Suche eine Band, gern Rock", "Oldenburg");
            Assert.Equal(1, (await host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None)).Proposed);
            await host.Visitor("gitta").PressAsync((await host.Visitor("gitta").InboxAsync()).Button("intro:yes").Id);
            await host.Visitor("dario").PressAsync((await host.Visitor("dario").InboxAsync()).Button("intro:yes").Id);
            await host.Visitor("dario").InboxAsync();
            var gitta = new ChatSender(DeliveryWorld.IdentityOf(host, "gitta"), "Gitta");
            message = new TextInput(gitta, "Probe am Freitag?") { ReceiptKey = "telegram:77" };
            var dario = DeliveryWorld.IdentityOf(host, "dario").Key;
            mailbox.Arm(Fault.Hang, key => key == dario, times: 1);

            using var crash = new CancellationTokenSource();
            var handling = host.Get<ChatRouter>().HandleAsync(message, crash.Token);
            await mailbox.Hit.WaitAsync(TimeSpan.FromSeconds(60));
            await crash.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => handling);
        }

        await using (var host = await _world.StartAsync())
        {
            // Telegram hands an update whose offset was not stored to the restarted bot again: its
            // receipt was stored with the outbox message, so it is not relayed a second time.
            var replayed = await host.Get<ChatRouter>().HandleAsync(message, CancellationToken.None);
            await host.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

            Assert.DoesNotContain(replayed, r => r.Text.Contains("weitergeleitet", StringComparison.Ordinal));
            var inbox = await host.Visitor("dario").InboxAsync();
            Assert.Equal("💬 Gitta: Probe am Freitag?", Assert.Single(inbox.Replies).Text);
        }
    }

    public void Dispose() => _world.Dispose();
}
