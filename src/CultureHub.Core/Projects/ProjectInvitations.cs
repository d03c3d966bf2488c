using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

public enum InvitationAnswer
{
    Yes,
    NotNow,
    NotThis,
}

/// <summary>
/// An invitee's answer. Yes brings them into the team (opening it with the first yes); no — or an
/// invitation that expired — tells the initiator and offers the role's next candidate, whom the
/// initiator confirms. Answers after the project closed, and second clicks, get a friendly word.
/// </summary>
public sealed partial class ProjectInvitations(
    IProjectStore store,
    IMemberStore members,
    TeamFinder finder,
    ProjectTeamSpace space,
    ProjectMessages messages,
    ProjectLocks locks,
    ChatDelivery delivery,
    TimeProvider time,
    ILogger<ProjectInvitations> logger)
{
    public async Task<IReadOnlyList<ChatReply>> AnswerAsync(Member member, string projectId, string roleId, InvitationAnswer answer, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        var candidate = project?.Role(roleId)?.CandidateOf(member.Id);
        if (project is null || candidate is null or { State: InvitationState.Candidate or InvitationState.Skipped })
        {
            return [messages.Reply(member.Language, TextKeys.ButtonOutdated)];
        }

        if (!project.IsOpen)
        {
            return [messages.Reply(member.Language, TextKeys.ProjectAnswerClosed, project.Title)];
        }

        if (candidate.State != InvitationState.Invited)
        {
            return [messages.Reply(member.Language, TextKeys.ProjectAnswerAlready)];
        }

        var state = answer switch
        {
            InvitationAnswer.Yes => InvitationState.Accepted,
            InvitationAnswer.NotThis => InvitationState.Refused,
            _ => InvitationState.Declined,
        };
        var role = project.Role(roleId)!;
        project = project.WithRole(role.WithCandidate(candidate with { State = state, AnsweredAt = time.GetUtcNow() }));
        LogAnswered(project.Id, roleId, state);
        var initiator = await members.GetAsync(project.InitiatorId, cancellationToken);
        if (state != InvitationState.Accepted)
        {
            project = await OfferNextAsync(project, roleId, initiator, member.DisplayName, cancellationToken);
            await store.SaveAsync(project, cancellationToken);
            return [messages.Reply(member.Language, state == InvitationState.Refused ? TextKeys.ProjectAnswerNotThis : TextKeys.ProjectAnswerNotNow, initiator?.DisplayName)];
        }

        await store.SaveAsync(project, cancellationToken);
        if (initiator is not null)
        {
            var accepted = messages.About([member.Id], initiator.Language, TextKeys.ProjectAccepted, member.DisplayName, messages.Role(role.CompetenceId, initiator.Language), project.Title);
            await delivery.SendAsync(
                new OutboundMessage(OutboundMessage.KeyOf("project-accepted", project.Id, roleId, member.Id), Recipient.ForMember(initiator.Id), accepted), cancellationToken);
        }

        project = await space.JoinAsync(project, member, cancellationToken);
        await store.SaveAsync(project, cancellationToken);
        return [messages.Reply(member.Language, TextKeys.ProjectAnswerYes, project.Title)];
    }

    /// <summary>Invitations nobody answered in time count as "not now"; the initiator hears and may invite the next.</summary>
    public async Task<bool> ExpireAsync(string projectId, DateTimeOffset before, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        if (project is not { IsOpen: true })
        {
            return false;
        }

        var due = project.Roles
            .SelectMany(r => r.Candidates.Where(c => c.State == InvitationState.Invited && c.InvitedAt < before).Select(c => (Role: r, Candidate: c)))
            .ToList();
        if (due.Count == 0)
        {
            return false;
        }

        var initiator = await members.GetAsync(project.InitiatorId, cancellationToken);
        foreach (var (role, candidate) in due)
        {
            project = project.WithRole(project.Role(role.Id)!.WithCandidate(candidate with { State = InvitationState.Expired, AnsweredAt = time.GetUtcNow() }));
            var name = (await members.GetAsync(candidate.MemberId, cancellationToken))?.DisplayName ?? "?";
            project = await OfferNextAsync(project, role.Id, initiator, name, cancellationToken);
        }

        await store.SaveAsync(project, cancellationToken);
        return true;
    }

    /// <summary>Finds the role's next candidate and asks the initiator whether to invite them (or to keep looking weekly).</summary>
    private async Task<Project> OfferNextAsync(Project project, string roleId, Member? initiator, string declinedName, CancellationToken cancellationToken)
    {
        project = await finder.FillAsync(project, [roleId], cancellationToken);
        if (initiator is null)
        {
            return project;
        }

        var language = initiator.Language;
        var role = project.Role(roleId)!;
        var roleName = messages.Role(role.CompetenceId, language);
        var text = messages.Text(language, TextKeys.ProjectDeclined, declinedName, project.Title, roleName);
        ChatButton button;
        var about = project.Role(roleId)!.Candidates.Select(c => c.MemberId).ToList();
        if (role.Current is { } next && await members.GetAsync(next.MemberId, cancellationToken) is { } person)
        {
            text += "\n" + messages.Text(language, TextKeys.ProjectNext, roleName, person.DisplayName, messages.Town(person, language), messages.Distance(next.DistanceKm, language));
            button = new ChatButton(ProjectMessages.Button("next", project.Id, role.Id), messages.Text(language, TextKeys.ProjectNextInvite, person.DisplayName));
        }
        else
        {
            text += "\n" + messages.Text(language, TextKeys.ProjectNextNobody, roleName);
            button = new ChatButton(ProjectMessages.Button("keep", project.Id, role.Id), messages.Text(language, TextKeys.ProjectTeamKeepLooking, roleName));
        }

        // one offer per declined candidate: the role's candidate count tells this offer from the next one's
        var key = OutboundMessage.KeyOf("project-next", project.Id, roleId, role.Candidates.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await delivery.SendAsync(new OutboundMessage(key, Recipient.ForMember(initiator.Id), new ChatReply(text, [button]) { About = about }), cancellationToken);
        return project;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId}: role {RoleId} answered {State}")]
    private partial void LogAnswered(string projectId, string roleId, InvitationState state);
}
