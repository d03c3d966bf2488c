using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// A project from the finished form to its team: the proposal the initiator confirms or changes,
/// the invitations (double opt-in: nobody is in a team without saying yes), the next candidate when
/// someone declines, and closing. Every step re-reads the project, so old or doubled clicks find it
/// as it is now and get a friendly answer.
/// </summary>
public sealed partial class ProjectService(
    IProjectStore store,
    IMemberStore members,
    TeamFinder finder,
    ProjectViews views,
    ProjectMessages messages,
    ProjectLocks locks,
    ChatDelivery delivery,
    IOptions<ProjectOptions> options,
    TimeProvider time,
    ILogger<ProjectService> logger)
{
    public async Task<IReadOnlyList<ChatReply>> CreateAsync(Member initiator, ProjectDraft draft, CancellationToken cancellationToken)
    {
        var project = new Project
        {
            Id = "p" + Guid.NewGuid().ToString("N")[..10],
            InitiatorId = initiator.Id,
            Title = draft.Title ?? "?",
            Description = draft.Description ?? string.Empty,
            WhenText = draft.WhenText,
            Date = draft.Date,
            Place = draft.Place,
            IsRemote = draft.IsRemote,
            Roles = draft.RoleIds.Select((id, i) => new ProjectRole { Id = "r" + (i + 1).ToString(CultureInfo.InvariantCulture), CompetenceId = id }).ToList(),
            CreatedAt = time.GetUtcNow(),
        };
        project = await finder.FillAsync(project, null, cancellationToken);
        await store.SaveAsync(project, cancellationToken);
        LogCreated(project.Id, project.Roles.Count);
        return [await views.ProposalAsync(project, initiator, cancellationToken)];
    }

    /// <summary>The initiator confirmed the proposed team: everyone proposed is invited now.</summary>
    public async Task<IReadOnlyList<ChatReply>> ConfirmAsync(Member initiator, string projectId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        if (await OwnAsync(initiator, projectId, cancellationToken) is not { State: ProjectState.Proposed } project)
        {
            return Outdated(initiator);
        }

        project = project with { State = ProjectState.Inviting, ConfirmedAt = time.GetUtcNow() };
        var invited = new List<string>();
        foreach (var role in project.Roles.Where(r => r.Current is { State: InvitationState.Candidate }))
        {
            (project, var name) = await InviteAsync(project, role.Id, initiator, cancellationToken);
            invited.AddRange(name is null ? [] : [name]);
        }

        if (invited.Count == 0)
        {
            return [messages.Reply(initiator.Language, TextKeys.ProjectTeamAlone)];
        }

        await store.SaveAsync(project, cancellationToken);
        return [messages.Reply(initiator.Language, TextKeys.ProjectTeamInvited, messages.Names(initiator.Language, invited))];
    }

    /// <summary>"Andere Person für …": the next candidate takes the role (the initiator still confirms).</summary>
    public async Task<IReadOnlyList<ChatReply>> SwapAsync(Member initiator, string projectId, string roleId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await OwnAsync(initiator, projectId, cancellationToken);
        if (project is not { State: ProjectState.Proposed } || project.Role(roleId)?.Current is not { State: InvitationState.Candidate } current)
        {
            return Outdated(initiator);
        }

        var role = project.Role(roleId)!;
        project = project.WithRole(role.WithCandidate(current with { State = InvitationState.Skipped }));
        project = await finder.FillAsync(project, [roleId], cancellationToken);
        project = WithoutDoubles(project, roleId);
        await store.SaveAsync(project, cancellationToken);
        var note = project.Role(roleId)!.Current is null ? messages.Text(initiator.Language, TextKeys.ProjectTeamNoAlternative, messages.Role(role.CompetenceId, initiator.Language)) + "\n\n" : string.Empty;
        var proposal = await views.ProposalAsync(project, initiator, cancellationToken);
        return [proposal with { Text = note + proposal.Text }];
    }

    /// <summary>A role nobody offers: search again weekly and tell the initiator when someone fits.</summary>
    public async Task<IReadOnlyList<ChatReply>> KeepLookingAsync(Member initiator, string projectId, string roleId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await OwnAsync(initiator, projectId, cancellationToken);
        if (project is not { IsOpen: true } || project.Role(roleId) is not { } role)
        {
            return Outdated(initiator);
        }

        await store.SaveAsync(project.WithRole(role with { IsKeptLookingFor = true, LastSearchedAt = time.GetUtcNow() }), cancellationToken);
        return [messages.Reply(initiator.Language, TextKeys.ProjectKeepLookingOn, messages.Role(role.CompetenceId, initiator.Language))];
    }

    /// <summary>After a decline (or a weekly find): the initiator invites the role's next candidate.</summary>
    public async Task<IReadOnlyList<ChatReply>> InviteNextAsync(Member initiator, string projectId, string roleId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await OwnAsync(initiator, projectId, cancellationToken);
        if (project is not { IsOpen: true, State: not ProjectState.Proposed } || project.Role(roleId)?.Current is not { State: InvitationState.Candidate })
        {
            return Outdated(initiator);
        }

        (project, var name) = await InviteAsync(project, roleId, initiator, cancellationToken);
        await store.SaveAsync(project, cancellationToken);
        return [messages.Reply(initiator.Language, TextKeys.ProjectTeamInvited, name)];
    }

    public async Task<Project?> OwnAsync(Member initiator, string projectId, CancellationToken cancellationToken) =>
        await store.GetAsync(projectId, cancellationToken) is { } project && project.InitiatorId == initiator.Id ? project : null;

    private async Task<(Project Project, string? Name)> InviteAsync(Project project, string roleId, Member initiator, CancellationToken cancellationToken)
    {
        var role = project.Role(roleId)!;
        var candidate = role.Current!;
        var invitee = await members.GetAsync(candidate.MemberId, cancellationToken);
        if (invitee is null)
        {
            return (project.WithRole(role.WithCandidate(candidate with { State = InvitationState.Left })), null);
        }

        var now = time.GetUtcNow();
        var invited = candidate with { State = InvitationState.Invited, InvitedAt = now };
        project = project.WithRole(role.WithCandidate(invited));
        await store.SaveAsync(project, cancellationToken);
        var expires = now.AddDays(options.Value.InvitationLifetimeDays);
        await delivery.SendAsync(
            new OutboundMessage(OutboundMessage.KeyOf("project-invite", project.Id, roleId, invitee.Id), Recipient.ForMember(invitee.Id),
                messages.Invitation(project, project.Role(roleId)!, initiator, invitee, expires)),
            cancellationToken);
        LogInvited(project.Id, roleId);
        return (project, invitee.DisplayName);
    }

    /// <summary>One person per role: an alternative who meanwhile holds another role is passed over.</summary>
    private static Project WithoutDoubles(Project project, string roleId)
    {
        var elsewhere = project.Roles.Where(r => r.Id != roleId).Select(r => r.Current?.MemberId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        while (project.Role(roleId)!.Current is { } next && elsewhere.Contains(next.MemberId))
        {
            project = project.WithRole(project.Role(roleId)!.WithCandidate(next with { State = InvitationState.Skipped }));
        }

        return project;
    }

    private IReadOnlyList<ChatReply> Outdated(Member member) => [messages.Reply(member.Language, TextKeys.ButtonOutdated)];

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId} proposed with {Roles} roles")]
    private partial void LogCreated(string projectId, int roles);

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId}: role {RoleId} invited")]
    private partial void LogInvited(string projectId, string roleId);
}
