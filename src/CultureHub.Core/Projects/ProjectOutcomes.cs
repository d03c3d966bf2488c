using CultureHub.Core.Insights;
using CultureHub.Core.Introductions;

namespace CultureHub.Core.Projects;

/// <summary>The evaluation's view of projects: figures of teams, and introductions that grew into one.</summary>
public sealed class ProjectOutcomes(IProjectStore projects, IIntroductionStore introductions) : IProjectOutcomes
{
    /// <summary>An accepted introduction whose two members were later in one project team together.</summary>
    public async Task<IReadOnlySet<string>> IntroductionsWithProjectAsync(CancellationToken cancellationToken)
    {
        var teams = (await projects.AllAsync(cancellationToken))
            .Where(p => p.StartedAt is not null)
            .Select(p => (Started: p.StartedAt!.Value, Members: EverInTeam(p)))
            .ToList();
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var introduction in await introductions.AllAsync(cancellationToken))
        {
            if (introduction.AcceptedAt is { } accepted
                && teams.Any(t => t.Started >= accepted && t.Members.Contains(introduction.First.MemberId) && t.Members.Contains(introduction.Second.MemberId)))
            {
                found.Add(introduction.Id);
            }
        }

        return found;
    }

    public async Task<IReadOnlyList<ProjectFigures>> StartedProjectsAsync(CancellationToken cancellationToken) =>
        (await projects.AllAsync(cancellationToken))
            .Where(p => p.StartedAt is not null)
            .Select(p => new ProjectFigures(p.StartedAt!.Value, Math.Max(2, p.PeakTeamSize), p.IsCrossSector, p.HasRuralMember, p.Outcome == ProjectOutcome.Happened))
            .ToList();

    private static HashSet<string> EverInTeam(Project project) =>
    [
        project.InitiatorId,
        .. project.Roles.SelectMany(r => r.Candidates).Where(c => c.State is InvitationState.Accepted or InvitationState.Left).Select(c => c.MemberId),
    ];
}
