using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>The proposed team as the initiator sees it, and /projects.</summary>
public sealed class ProjectViews(ProjectMessages messages, IMemberStore members)
{
    public async Task<ChatReply> ProposalAsync(Project project, Member initiator, CancellationToken cancellationToken)
    {
        var language = initiator.Language;
        var lines = new List<string> { messages.Text(language, TextKeys.ProjectTeamHeader, project.Title) };
        var buttons = new List<ChatButton>();
        foreach (var role in project.Roles)
        {
            var roleName = messages.Role(role.CompetenceId, language);
            if (role.Current is { } current && await members.GetAsync(current.MemberId, cancellationToken) is { } person)
            {
                lines.Add(messages.Text(language, TextKeys.ProjectTeamLine, roleName, person.DisplayName, messages.Town(person, language),
                    messages.Distance(current.DistanceKm, language), messages.Role(current.OfferId ?? role.CompetenceId, language)));
                buttons.Add(new ChatButton(ProjectMessages.Button("alt", project.Id, role.Id), messages.Text(language, TextKeys.ProjectTeamOther, roleName)));
            }
            else
            {
                lines.Add(messages.Text(language, TextKeys.ProjectTeamNobody, roleName));
                if (!role.IsKeptLookingFor)
                {
                    buttons.Add(new ChatButton(ProjectMessages.Button("keep", project.Id, role.Id), messages.Text(language, TextKeys.ProjectTeamKeepLooking, roleName)));
                }
            }
        }

        var isAlone = project.Roles.All(r => r.Current is null);
        lines.Add(string.Empty);
        lines.Add(messages.Text(language, isAlone ? TextKeys.ProjectTeamAlone : TextKeys.ProjectTeamQuestion));
        if (!isAlone)
        {
            buttons.Insert(0, new ChatButton(ProjectMessages.Button("invite", project.Id), messages.Text(language, TextKeys.ProjectTeamInvite)));
        }

        buttons.Add(new ChatButton(ProjectMessages.Button("close", project.Id), messages.Text(language, TextKeys.ProjectRolesCancel)) { StartsRow = true });
        return new ChatReply(string.Join("\n", lines), buttons) { About = project.Roles.Select(r => r.Current?.MemberId).OfType<string>().ToList() };
    }

    /// <summary>The member's own projects (with a close button while open) and the teams and invitations they are part of.</summary>
    public async Task<IReadOnlyList<ChatReply>> ListAsync(Member member, IReadOnlyList<Project> projects, CancellationToken cancellationToken)
    {
        var language = member.Language;
        var mine = projects.Where(p => p.InitiatorId == member.Id).OrderByDescending(p => p.CreatedAt).ToList();
        var theirs = projects.Where(p => p.InitiatorId != member.Id && p.RoleOf(member.Id) is { } r && r.CandidateOf(member.Id)!.State != InvitationState.Candidate)
            .OrderByDescending(p => p.CreatedAt).ToList();
        if (mine.Count == 0 && theirs.Count == 0)
        {
            return [messages.Reply(language, TextKeys.ProjectListNone)];
        }

        var replies = new List<ChatReply>();
        if (mine.Count > 0)
        {
            var lines = new List<string> { messages.Text(language, TextKeys.ProjectListMine) };
            foreach (var project in mine)
            {
                lines.Add(messages.Text(language, TextKeys.ProjectListLine, project.Title, messages.Text(language, StateKey(project.State)), await RolesLineAsync(project, language, cancellationToken)));
            }

            replies.Add(new ChatReply(string.Join("\n", lines), mine.Where(p => p.IsOpen)
                .Select(p => new ChatButton(ProjectMessages.Button("close", p.Id), messages.Text(language, TextKeys.ProjectListClose, p.Title))).ToList()));
        }

        foreach (var project in theirs)
        {
            var role = project.RoleOf(member.Id)!;
            var candidate = role.CandidateOf(member.Id)!;
            var initiator = await members.GetAsync(project.InitiatorId, cancellationToken);
            var state = !project.IsOpen ? TextKeys.ProjectStateClosed : candidate.State == InvitationState.Accepted ? TextKeys.ProjectInvitationInTeam : TextKeys.ProjectInvitationOpen;
            var text = messages.Text(language, TextKeys.ProjectListInvitation, project.Title, initiator?.DisplayName ?? "?",
                messages.Role(role.CompetenceId, language), messages.Text(language, state));
            var buttons = project.IsOpen && candidate.State == InvitationState.Invited
                ? new List<ChatButton>
                {
                    new(ProjectMessages.Button("yes", project.Id, role.Id), messages.Text(language, TextKeys.ProjectInviteYes)),
                    new(ProjectMessages.Button("later", project.Id, role.Id), messages.Text(language, TextKeys.ProjectInviteNotNow)),
                    new(ProjectMessages.Button("no", project.Id, role.Id), messages.Text(language, TextKeys.ProjectInviteNotThis)),
                }
                : [];
            replies.Add(new ChatReply(text, buttons));
        }

        return replies;
    }

    private static string StateKey(ProjectState state) => state switch
    {
        ProjectState.Proposed => TextKeys.ProjectStateProposed,
        ProjectState.Inviting => TextKeys.ProjectStateInviting,
        ProjectState.Active => TextKeys.ProjectStateActive,
        _ => TextKeys.ProjectStateClosed,
    };

    private async Task<string> RolesLineAsync(Project project, Language language, CancellationToken cancellationToken)
    {
        var parts = new List<string>();
        foreach (var role in project.Roles)
        {
            var current = role.Current;
            var name = current is null ? null : (await members.GetAsync(current.MemberId, cancellationToken))?.DisplayName;
            var mark = current?.State switch
            {
                InvitationState.Accepted => "✅",
                InvitationState.Invited => "⏳",
                InvitationState.Candidate => "❔",
                _ => "–",
            };
            parts.Add(name is null ? $"{messages.Role(role.CompetenceId, language)}: –" : $"{messages.Role(role.CompetenceId, language)}: {name} {mark}");
        }

        return string.Join(", ", parts);
    }
}
