using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Jobs;
using CultureHub.TestKit.Faults;

namespace CultureHub.Tests.Delivery;

/// <summary>Matching rounds and the ghost pause when platforms hang or fail, and rounds the bot was down for.</summary>
public sealed class RoundResilienceTests : IDisposable
{
    private readonly DeliveryWorld _world = new();

    [Fact]
    public async Task Round_OneProposalTimesOut_RoundCompletesAndTheProposalFollowsOnce()
    {
        var mailbox = new FaultSwitch();
        await using var host = await _world.StartAsync(mailbox: mailbox);
        await DeliveryWorld.FourMusiciansAsync(host);
        var dario = DeliveryWorld.IdentityOf(host, "dario").Key;
        mailbox.Arm(Fault.Hang, key => key == dario, times: 1);

        var round = host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None);
        await mailbox.Hit.WaitAsync(TimeSpan.FromSeconds(60));
        _world.Clock.Advance(TimeSpan.FromSeconds(30));
        var report = await round.WaitAsync(TimeSpan.FromSeconds(60));

        var introductions = await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None);
        Assert.True(report.Proposed >= 2);
        Assert.Equal(report.Proposed, introductions.Count);
        foreach (var user in new[] { "gitta", "mia", "paul" })
        {
            Assert.Equal((await DeliveryWorld.IntroductionsOfAsync(host, user)).Order(), (await DeliveryWorld.ProposalsAsync(host, user)).Order());
        }

        var darios = await DeliveryWorld.IntroductionsOfAsync(host, "dario");
        Assert.Equal(darios.Count - 1, (await DeliveryWorld.ProposalsAsync(host, "dario")).Count);
        _world.Clock.Advance(TimeSpan.FromHours(1));
        await host.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        await host.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);
        Assert.Single(await DeliveryWorld.ProposalsAsync(host, "dario"));
    }

    [Fact]
    public async Task GhostPause_ProposalsThatNeverArrived_DoNotCount()
    {
        var mailbox = new FaultSwitch();
        await using var host = await _world.StartAsync(mailbox: mailbox);
        await DeliveryWorld.InterviewAsync(host, "ghost", "Gustav", "Ich mache Licht für Konzerte", "Ich suche Bands, die Licht brauchen", "Hannover");
        var ghostIdentity = DeliveryWorld.IdentityOf(host, "ghost");
        mailbox.Arm(Fault.Throw, key => key == ghostIdentity.Key);
        var members = host.Get<IMemberStore>();
        var ghost = (await members.FindByIdentityAsync(ghostIdentity, CancellationToken.None))!;
        for (var i = 0; i < 3; i++)
        {
            var other = new Member { Id = $"band{i}", DisplayName = $"Band {i}", Consent = new ConsentRecord("t", _world.Clock.GetUtcNow()) };
            await members.UpsertAsync(other, CancellationToken.None);
            await host.Get<IntroductionService>().ProposeAsync(ghost, other, new MatchCandidate(ghost.Id, other.Id, 1, false, false, "why", "why"), "round", CancellationToken.None);
            _world.Clock.Advance(TimeSpan.FromHours(1));
        }

        _world.Clock.Advance(TimeSpan.FromDays(7));
        await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);
        mailbox.Disarm();
        await host.Get<OutboxDispatcher>().DispatchDueAsync(CancellationToken.None);

        var expired = await host.Get<IIntroductionStore>().ForMemberAsync(ghost.Id, CancellationToken.None);
        Assert.All(expired, i => Assert.Equal(IntroductionState.Expired, i.State));
        Assert.All(expired, i => Assert.False(i.SideOf(ghost.Id).WasDelivered));
        Assert.False((await members.GetAsync(ghost.Id, CancellationToken.None))!.IsMatchingPaused);
        Assert.Empty((await host.Visitor("ghost").InboxAsync()).Replies);
    }

    [Fact]
    public async Task Start_LargeCommunity_IsReadIntoTheMatchIndexBeforeAnyoneAsks()
    {
        const int reachable = 230;
        await using (var host = await _world.StartAsync())
        {
            var members = host.Get<IMemberStore>();
            for (var i = 0; i < reachable + 10; i++)
            {
                await members.UpsertAsync(
                    new Member
                    {
                        Id = $"m{i:D3}",
                        DisplayName = $"Person {i}",
                        Consent = new ConsentRecord("t", _world.Clock.GetUtcNow()),
                        Offers = i % 2 == 0 ? "Ich spiele Schlagzeug" : "Ich mische Konzerte live",
                        Seeks = i % 2 == 0 ? "Jemanden für den Live-Sound" : "Bands, die Sound brauchen",
                        Identities = [new PlatformIdentity(ChatPlatform.Web, $"visitor{i}")],
                        IsMatchingPaused = i >= reachable,
                    },
                    CancellationToken.None);
            }
        }

        await using var restarted = await _world.StartAsync();

        // Nobody asks for /match after the restart: only the start can have read them. Paused members are
        // not candidates, so they are not read ahead either.
        // The index read is the one the project team search shares.
        var community = restarted.Get<CommunityIndex>();
        await DeliveryWorld.WaitUntilAsync(() => Task.FromResult(community.KeptMembers == reachable));
    }

    [Fact]
    public async Task MissedRound_RunsAfterRestart_OnceForManyMissedWeeks()
    {
        var monday = DeliveryWorld.RoundTime;
        using var world = new DeliveryWorld(monday.AddHours(-1));
        await using (var host = await world.StartAsync())
        {
            await DeliveryWorld.InterviewAsync(host, "gitta", "Gitta", "Ich spiele E-Gitarre und schreibe Songs", "Ich suche einen Schlagzeuger für meine Band", "Oldenburg");
            await DeliveryWorld.InterviewAsync(host, "dario", "Dario", "Ich bin Schlagzeuger mit eigenem Proberaum", "Suche eine Band, gern Rock", "Oldenburg");
            await DeliveryWorld.WaitUntilAsync(async () => await host.Get<IRoundLog>().LastRoundAsync(CancellationToken.None) is not null);
            Assert.Empty(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
        }

        world.Clock.SetUtcNow(monday.AddHours(1));
        await using (var host = await world.StartAsync())
        {
            await DeliveryWorld.WaitUntilAsync(async () => await host.Get<IRoundLog>().LastRoundAsync(CancellationToken.None) == monday);
            Assert.Single(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
            Assert.Single(await DeliveryWorld.ProposalsAsync(host, "gitta"));
        }

        var threeWeeksLater = monday.AddDays(21);
        world.Clock.SetUtcNow(threeWeeksLater.AddHours(2));
        await using (var host = await world.StartAsync())
        {
            await DeliveryWorld.WaitUntilAsync(async () => await host.Get<IRoundLog>().LastRoundAsync(CancellationToken.None) == threeWeeksLater);
            Assert.Null(await host.Get<ScheduledRounds>().CatchUpAsync(CancellationToken.None));
        }
    }

    public void Dispose() => _world.Dispose();
}
