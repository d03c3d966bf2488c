using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>Two members introduced end to end through the web chat API, with a fake clock and a restart.</summary>
public sealed class IntroductionFlowTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private Task<RunningHost> StartAsync() => RunningHost.StartOnClockAsync(_folder.File("intro.db"), _clock);

    [Fact]
    public async Task Round_BothAccept_RelayFollowUps_SurviveRestart()
    {
        ChatApiClient gittaBefore, darioBefore;
        await using (var host = await StartAsync())
        {
            (gittaBefore, darioBefore) = (host.Visitor("gitta"), host.Visitor("dario"));
            await InterviewAsync(host.Visitor("gitta"), "Gitta", "Ich spiele E-Gitarre und schreibe Songs", "Ich suche einen Schlagzeuger für meine Band", "Oldenburg");
            await InterviewAsync(host.Visitor("dario"), "Dario", "Ich bin Schlagzeuger mit eigenem Proberaum", "Suche eine Band, gern Rock", "Oldenburg");

            var report = await host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None);
            Assert.Equal(1, report.Proposed);

            var gittaInbox = await host.Visitor("gitta").InboxAsync();
            var dariosInbox = await host.Visitor("dario").InboxAsync();
            Assert.Contains("Dario", gittaInbox.AllText, StringComparison.Ordinal);
            Assert.Contains("Gitta", dariosInbox.AllText, StringComparison.Ordinal);
            var reply = await host.Visitor("gitta").PressAsync(gittaInbox.Button("intro:yes").Id);
            Assert.Contains("warte noch", reply.AllText, StringComparison.Ordinal);
            reply = await host.Visitor("gitta").PressAsync(gittaInbox.Button("intro:yes").Id);
            Assert.Contains("nicht mehr offen", reply.AllText, StringComparison.Ordinal);
            reply = await host.Visitor("dario").PressAsync(dariosInbox.Button("intro:yes").Id);
            Assert.Contains("beide Ja", reply.AllText, StringComparison.Ordinal);
        }

        await using (var host = await StartAsync())
        {
            var gitta = host.Visitor(gittaBefore);
            var dario = host.Visitor(darioBefore);
            Assert.Contains("weiter", (await gitta.InboxAsync()).AllText, StringComparison.Ordinal);
            Assert.Contains("/end", (await dario.InboxAsync()).AllText, StringComparison.Ordinal);

            var sent = await gitta.SayAsync("Hi Dario, Probe am Freitag?");
            Assert.Contains("an Dario weitergeleitet", sent.AllText, StringComparison.Ordinal);
            Assert.Contains("💬 Gitta: Hi Dario, Probe am Freitag?", (await dario.InboxAsync()).AllText, StringComparison.Ordinal);

            _clock.Advance(TimeSpan.FromDays(7));
            await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);
            await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);
            var metQuestion = await gitta.InboxAsync();
            Assert.Single(metQuestion.Replies);
            Assert.Contains("getroffen", metQuestion.AllText, StringComparison.Ordinal);
            await gitta.PressAsync(metQuestion.Button("followup:met:yes").Id);

            _clock.Advance(TimeSpan.FromDays(23));
            await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);
            var outcome = await dario.InboxAsync();
            Assert.Contains("entstanden", outcome.AllText, StringComparison.Ordinal);
            await dario.PressAsync(outcome.Button("followup:outcome:gig").Id);

            var ended = await dario.SayAsync("/end");
            Assert.Contains("beendet", ended.AllText, StringComparison.Ordinal);
            Assert.Contains("Dario hat das Gespräch", (await gitta.InboxAsync()).AllText, StringComparison.Ordinal);

            var stored = Assert.Single(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
            Assert.Equal(IntroductionState.Accepted, stored.State);
            Assert.True(stored.HaveMet);
            Assert.Equal(IntroductionOutcome.Gig, stored.Outcome);
            Assert.False(stored.IsRelayActive);

            var second = await host.Get<MatchingRoundService>().RunRoundAsync(CancellationToken.None);
            Assert.Equal(0, second.Proposed);
        }
    }

    [Fact]
    public async Task UnansweredProposals_Expire_ThenGhostPausePausesMatching()
    {
        await using var host = await StartAsync();
        await InterviewAsync(host.Visitor("ghost"), "Gustav", "Ich mache Licht für Konzerte", "Ich suche Bands, die Licht brauchen", "Hannover");
        var members = host.Get<IMemberStore>();
        var ghost = (await members.FindByIdentityAsync(host.IdentityOf(host.Visitor("ghost")), CancellationToken.None))!;
        var service = host.Get<IntroductionService>();
        for (var i = 0; i < 3; i++)
        {
            var other = new Member { Id = $"other{i}", DisplayName = $"Band {i}", Consent = new ConsentRecord("t", _clock.GetUtcNow()) };
            await members.UpsertAsync(other, CancellationToken.None);
            await service.ProposeAsync(ghost, other, new MatchCandidate(ghost.Id, other.Id, 1, false, false, "why", "why"), "round", CancellationToken.None);
            _clock.Advance(TimeSpan.FromHours(1));
        }

        _clock.Advance(TimeSpan.FromDays(7));
        await host.Get<IntroductionSweeper>().SweepAsync(CancellationToken.None);

        var all = await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None);
        Assert.All(all, i => Assert.Equal(IntroductionState.Expired, i.State));
        Assert.True((await members.GetAsync(ghost.Id, CancellationToken.None))!.IsMatchingPaused);
        var inbox = await host.Visitor("ghost").InboxAsync();
        Assert.Contains("/resume", inbox.Replies[^1].Text, StringComparison.Ordinal);
        var match = await host.Visitor("ghost").SayAsync("/match");
        Assert.Contains("pausiert", match.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Match_OnDemand_IsRateLimited_AndDeleteRemovesProposals()
    {
        await using var host = await StartAsync();
        await InterviewAsync(host.Visitor("mia"), "Mia", "Ich bin Sängerin, Jazz und Soul", "Ich suche einen Pianisten für Jazz-Standards", "Hildesheim");
        await InterviewAsync(host.Visitor("paul"), "Paul", "Ich spiele Klavier, vor allem Jazz", "Ich suche eine Sängerin für Duo-Gigs", "Hildesheim");

        var first = await host.Visitor("mia").SayAsync("/match");
        var second = await host.Visitor("mia").SayAsync("/match");

        Assert.Contains("gefunden", first.AllText, StringComparison.Ordinal);
        Assert.Contains("Ab ", second.AllText, StringComparison.Ordinal);
        var proposal = await host.Visitor("paul").InboxAsync();
        Assert.Contains("Mia", proposal.AllText, StringComparison.Ordinal);

        var confirm = await host.Visitor("mia").SayAsync("/delete");
        await host.Visitor("mia").PressAsync(confirm.Button("delete:confirm").Id);
        Assert.Empty(await host.Get<IIntroductionStore>().AllAsync(CancellationToken.None));
        var late = await host.Visitor("paul").PressAsync(proposal.Button("intro:yes").Id);
        Assert.Contains("nicht mehr offen", late.AllText, StringComparison.Ordinal);
    }

    internal static async Task InterviewAsync(ChatApiClient visitor, string name, string offers, string seeks, string town)
    {
        var reply = await visitor.CompleteInterviewAsync(name, offers, seeks, town);
        Assert.Contains("Gespeichert", reply.AllText, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
