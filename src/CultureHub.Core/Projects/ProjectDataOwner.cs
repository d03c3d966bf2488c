using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// Projects in a member's export, and their part of /delete. An initiator who leaves takes the
/// project with them: invitees and the team are told it ended. A team member or invitee who leaves
/// is taken out of every role (no id of theirs remains); the others are told a person in that role
/// left, without name or profile. Half-filled /project forms go too.
/// </summary>
public sealed class ProjectDataOwner(
    IProjectStore store,
    IMemberStore members,
    ProjectMessages messages,
    ProjectLocks locks,
    ChatDelivery delivery) : IMemberDataOwner
{
    public string Section => "projects";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var projects = await store.ForMemberAsync(member.Id, cancellationToken);
        return JsonSerializer.SerializeToNode(
            projects.Select(p => p.InitiatorId == member.Id
                ? (object)new
                {
                    p.Id, Role = "initiator", p.Title, p.Description, p.WhenText, p.Date, Place = p.Place?.Name, p.IsRemote, p.State,
                    p.CreatedAt, p.StartedAt, p.ClosedAt, p.Outcome,
                    Roles = p.Roles.Select(r => new { r.CompetenceId, Invitations = r.Candidates.Select(c => c.State).ToList(), r.IsKeptLookingFor }).ToList(),
                }
                : new
                {
                    p.Id, Role = p.Roles.FirstOrDefault(r => r.CandidateOf(member.Id) is not null)?.CompetenceId, p.Title, p.State,
                    YourInvitation = p.Roles.Select(r => r.CandidateOf(member.Id)).OfType<RoleCandidate>().Select(c => new { c.State, c.InvitedAt, c.AnsweredAt }).FirstOrDefault(),
                }).ToList(),
            PrivacyService.JsonOptions);
    }

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var identity in member.Identities)
        {
            await store.DeleteDraftAsync(identity.Key, cancellationToken);
        }

        foreach (var found in await store.ForMemberAsync(member.Id, cancellationToken))
        {
            using var held = await locks.AcquireAsync(found.Id, cancellationToken);
            if (await store.GetAsync(found.Id, cancellationToken) is not { } project)
            {
                continue;
            }

            if (project.InitiatorId == member.Id)
            {
                await store.DeleteAsync(project.Id, cancellationToken);
                await TellAsync(OutboundMessage.KeyOf("project-ended", project.Id), project.Roles.SelectMany(r => r.Candidates).Where(c => c.State is InvitationState.Invited or InvitationState.Accepted).Select(c => c.MemberId),
                    m => messages.Reply(m.Language, TextKeys.ProjectInitiatorDeleted, project.Title), cancellationToken);
                continue;
            }

            var role = project.Roles.FirstOrDefault(r => r.CandidateOf(member.Id) is not null);
            var wasIn = role?.CandidateOf(member.Id)?.State is InvitationState.Accepted or InvitationState.Invited;
            var without = project with { Roles = project.Roles.Select(r => r with { Candidates = r.Candidates.Where(c => c.MemberId != member.Id).ToList() }).ToList() };
            await store.SaveAsync(without, cancellationToken);
            if (wasIn && project.IsOpen)
            {
                await TellAsync(OutboundMessage.KeyOf("project-member-left", project.Id, role!.Id), without.TeamIds, m => messages.Reply(m.Language, TextKeys.ProjectMemberDeleted, project.Title, messages.Role(role!.CompetenceId, m.Language)), cancellationToken);
            }
        }
    }

    /// <summary>One outbox message per recipient under the intent and their id; none of them names the erased member.</summary>
    private async Task TellAsync(string intentKey, IEnumerable<string> memberIds, Func<Member, ChatReply> message, CancellationToken cancellationToken)
    {
        foreach (var id in memberIds.Distinct())
        {
            if (await members.GetAsync(id, cancellationToken) is { } recipient)
            {
                await delivery.SendAsync(new OutboundMessage(OutboundMessage.KeyOf(intentKey, recipient.Id), Recipient.ForMember(recipient.Id), message(recipient)), cancellationToken);
            }
        }
    }
}
