using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Projects;

/// <summary>
/// Finds people for a project's roles with the matcher's provider search: the role offered, distance
/// where the work is in person, and the fairness rules — never the initiator, paused or unreachable
/// members, anyone who said "not this" to the initiator or blocked them in an introduction, anyone
/// already holding the most open invitations, and one person per role.
/// </summary>
public sealed class TeamFinder(
    IMemberStore members,
    IProjectStore projects,
    IIntroductionStore introductions,
    ChatReachability reachability,
    CommunityIndex community,
    IOptions<ProjectOptions> options)
{
    /// <summary>
    /// Adds candidates to the given roles (all when null) until each has up to
    /// <see cref="ProjectOptions.CandidatesPerRole"/> people in play; earlier candidates keep their place and state.
    /// </summary>
    public async Task<Project> FillAsync(Project project, IReadOnlyCollection<string>? roleIds, CancellationToken cancellationToken)
    {
        var everyone = await members.ListAsync(cancellationToken);
        var eligible = everyone.Where(reachability.IsProposable).ToList();
        var excluded = await ExcludedAsync(project, cancellationToken);
        var initiator = everyone.FirstOrDefault(m => m.Id == project.InitiatorId);
        var near = project.Place?.Location ?? initiator?.Town?.Place?.Location;

        // The same proposable members /match reads, so the community's kept index answers without reading everyone.
        return community.Ask(eligible, (index, _) => Fill(project, roleIds, new ProviderSearch(index), near, excluded));
    }

    private Project Fill(Project project, IReadOnlyCollection<string>? roleIds, ProviderSearch search, GeoPoint? near, HashSet<string> excluded)
    {
        var locality = project.IsRemote ? Locality.Remote : Locality.AsUsual;
        foreach (var role in project.Roles.Where(r => roleIds is null || roleIds.Contains(r.Id)))
        {
            var current = project.Role(role.Id)!;
            var wanted = options.Value.CandidatesPerRole - current.Candidates.Count(c => c.IsInPlay);
            if (wanted <= 0)
            {
                continue;
            }

            var taken = project.Roles.Where(r => r.Id != role.Id).Select(r => r.Current?.MemberId).OfType<string>()
                .Concat(current.Candidates.Select(c => c.MemberId))
                .ToHashSet(StringComparer.Ordinal);
            var found = search.Best(current.CompetenceId, near, locality, id => excluded.Contains(id) || taken.Contains(id), wanted);
            project = project.WithRole(current with
            {
                Candidates = [.. current.Candidates, .. found.Select(f => new RoleCandidate(f.MemberId, f.Score, f.DistanceKm) { OfferId = f.OfferId })],
            });
        }

        return project;
    }

    /// <summary>Everyone who must not be proposed for this project, whatever the role.</summary>
    private async Task<HashSet<string>> ExcludedAsync(Project project, CancellationToken cancellationToken)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal) { project.InitiatorId };
        foreach (var earlier in await projects.ForMemberAsync(project.InitiatorId, cancellationToken))
        {
            excluded.UnionWith(earlier.Roles.SelectMany(r => r.Candidates).Where(c => c.State == InvitationState.Refused && earlier.InitiatorId == project.InitiatorId).Select(c => c.MemberId));
        }

        foreach (var introduction in await introductions.ForMemberAsync(project.InitiatorId, cancellationToken))
        {
            if (introduction.State == IntroductionState.Blocked)
            {
                excluded.Add(introduction.OtherSideOf(project.InitiatorId).MemberId);
            }
        }

        var open = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var other in (await projects.OpenAsync(cancellationToken)).Where(p => p.IsOpen && p.Id != project.Id))
        {
            foreach (var invited in other.Roles.SelectMany(r => r.Candidates).Where(c => c.State == InvitationState.Invited))
            {
                open[invited.MemberId] = open.GetValueOrDefault(invited.MemberId) + 1;
            }
        }

        excluded.UnionWith(open.Where(kv => kv.Value >= options.Value.MaxOpenInvitationsPerMember).Select(kv => kv.Key));
        return excluded;
    }
}
