using CultureHub.Core.Insights;
using CultureHub.Core.Introductions;
using CultureHub.Core.Projects;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>
/// The dashboard's "what worked" counts an introduction as having led to a project when its two members
/// later were in one project team — read from the real project store through the host's wiring.
/// </summary>
public sealed class ProjectOutcomesTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task WhatWorked_IntroducedPairsLaterInOneTeam_CountInProjectColumn_OthersDoNot()
    {
        await using var host = await RunningHost.StartAsync(
            _folder.File("outcomes.db"), configure: services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(new FakeTimeProvider(Now))));
        var introductions = host.Get<IIntroductionStore>();
        var projects = host.Get<IProjectStore>();
        for (var i = 0; i < 10; i++)
        {
            await introductions.SaveAsync(Accepted($"intro-{i}", $"a{i}", $"b{i}"), CancellationToken.None);
        }

        // Six pairs formed a team later: the initiator with the other as accepted member, or the other
        // way round, one of them having left the team since (still was in it).
        for (var i = 0; i < 6; i++)
        {
            var (initiator, member) = i % 2 == 0 ? ($"a{i}", $"b{i}") : ($"b{i}", $"a{i}");
            await projects.SaveAsync(Team($"p{i}", initiator, member, i == 5 ? InvitationState.Left : InvitationState.Accepted, Now.AddDays(-1)), CancellationToken.None);
        }

        // Not a project of the pair: only invited, declined, a team before the introduction, a project without a team.
        await projects.SaveAsync(Team("invited", "a6", "b6", InvitationState.Invited, started: null), CancellationToken.None);
        await projects.SaveAsync(Team("declined", "a7", "b7", InvitationState.Declined, Now.AddDays(-1)), CancellationToken.None);
        await projects.SaveAsync(Team("before", "a8", "b8", InvitationState.Accepted, Now.AddDays(-30)), CancellationToken.None);
        await projects.SaveAsync(Team("other", "a9", "stranger", InvitationState.Accepted, Now.AddDays(-1)), CancellationToken.None);

        var found = await host.Get<IProjectOutcomes>().IntroductionsWithProjectAsync(CancellationToken.None);
        var report = await host.Get<InsightsService>().BuildAsync(InsightsPeriod.All, CancellationToken.None);
        var whatWorked = report.Table(OutcomeInsights.TableId)!;

        Assert.Equal(Enumerable.Range(0, 6).Select(i => $"intro-{i}").Order(), found.Order());
        Assert.Equal(10, whatWorked.Cell("pair:camera>video", "proposed")!.Number);
        Assert.Equal(6, whatWorked.Cell("pair:camera>video", "project")!.Number);
        Assert.Equal(6, whatWorked.Cell("sectors:cross", "outcome")!.Number);
        Assert.Equal(60, whatWorked.Cell("sectors:cross", "percent_outcome")!.Number);
    }

    public void Dispose() => _folder.Dispose();

    private static Introduction Accepted(string id, string first, string second) => new()
    {
        Id = id,
        First = new IntroductionSide(first, IntroductionAnswer.Yes, string.Empty),
        Second = new IntroductionSide(second, IntroductionAnswer.Yes, string.Empty),
        FirstSectors = ["music"],
        SecondSectors = ["film"],
        IsCrossSector = true,
        NeedId = "camera",
        OfferId = "video",
        ProposedAt = Now.AddDays(-12),
        State = IntroductionState.Accepted,
        AcceptedAt = Now.AddDays(-10),
    };

    private static Project Team(string id, string initiator, string member, InvitationState state, DateTimeOffset? started) => new()
    {
        Id = id,
        InitiatorId = initiator,
        Title = "Musikvideo",
        Roles = [new ProjectRole { Id = "r1", CompetenceId = "camera", Candidates = [new RoleCandidate(member, 0.9, 5) { State = state }] }],
        State = started is null ? ProjectState.Inviting : ProjectState.Active,
        CreatedAt = Now.AddDays(-40),
        StartedAt = started,
        PeakTeamSize = started is null ? 1 : 2,
    };
}
