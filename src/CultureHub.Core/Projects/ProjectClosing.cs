using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>The initiator closes a project (the team is told); a team member leaves it with /end.</summary>
public sealed partial class ProjectClosing(
    IProjectStore store,
    ProjectTeamSpace space,
    ProjectMessages messages,
    ProjectLocks locks,
    TimeProvider time,
    ILogger<ProjectClosing> logger)
{
    public async Task<IReadOnlyList<ChatReply>> CloseAsync(Member initiator, string projectId, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        if (project is null || project.InitiatorId != initiator.Id)
        {
            return [messages.Reply(initiator.Language, TextKeys.ButtonOutdated)];
        }

        if (!project.IsOpen)
        {
            return [messages.Reply(initiator.Language, TextKeys.ProjectClosed, project.Title)];
        }

        await store.SaveAsync(project with { State = ProjectState.Closed, ClosedAt = time.GetUtcNow(), IsRelayActive = false }, cancellationToken);
        await space.TellTeamAsync(project, initiator.Id, OutboundMessage.KeyOf("project-closed", project.Id), m => messages.About([initiator.Id], m.Language, TextKeys.ProjectClosedByInitiator, initiator.DisplayName, project.Title), cancellationToken);
        LogClosed(project.Id);
        return [messages.Reply(initiator.Language, TextKeys.ProjectClosed, project.Title)];
    }

    /// <summary>/end in a team: a member leaves; for the initiator it closes the project.</summary>
    public async Task<IReadOnlyList<ChatReply>> LeaveAsync(Member member, string projectId, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(projectId, cancellationToken);
        if (current?.InitiatorId == member.Id)
        {
            return await CloseAsync(member, projectId, cancellationToken);
        }

        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        if (project?.RoleOf(member.Id) is not { } role || role.CandidateOf(member.Id) is not { State: InvitationState.Accepted } candidate)
        {
            return [messages.Reply(member.Language, TextKeys.RelayNone)];
        }

        var left = project.WithRole(role.WithCandidate(candidate with { State = InvitationState.Left }));
        await store.SaveAsync(left, cancellationToken);
        await space.TellTeamAsync(left, member.Id, OutboundMessage.KeyOf("project-left", project.Id, member.Id), m => messages.About([member.Id], m.Language, TextKeys.ProjectLeftOther, member.DisplayName, project.Title), cancellationToken);
        return [messages.Reply(member.Language, TextKeys.ProjectLeft, project.Title)];
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId} closed")]
    private partial void LogClosed(string projectId);
}
