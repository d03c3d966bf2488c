using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// Relays a team member's text to everyone else in the team, prefixed with their name, when the team
/// talks through the bot. When the member's introduction relay began later, that one gets the text.
/// </summary>
public sealed class ProjectRelay(
    IProjectStore store,
    IIntroductionStore introductions,
    ProjectTeamSpace space,
    ProjectClosing closing,
    ProjectMessages messages,
    ChatDelivery delivery) : ITextInterceptor, IRelayedConversations
{
    private const int MaxRelayed = 4000;

    /// <summary>Before the introduction relay (10), which takes over when its conversation is newer.</summary>
    public int Order => 9;

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member || context.Session is not null
            || await LatestAsync(member, cancellationToken) is not { } latest)
        {
            return null;
        }

        var introduction = await RelayInterceptor.ActiveRelayAsync(introductions, member.Id, cancellationToken);
        if (introduction?.AcceptedAt > latest.Since)
        {
            return null;
        }

        if (input.Text.Length > MaxRelayed || string.IsNullOrWhiteSpace(input.Text))
        {
            return [messages.Reply(member.Language, TextKeys.RelayUnusable)];
        }

        var project = latest.Project;
        var others = (await space.TeamAsync(project, cancellationToken)).Where(m => m.Id != member.Id).ToList();
        if (others.Count == 0)
        {
            return [messages.Reply(member.Language, TextKeys.ProjectRelayAlone, project.Title)];
        }

        var reached = new List<string>();
        foreach (var other in others)
        {
            // a new key for every message, as for introductions' relays: a replay after a crash is caught by its receipt
            var relayed = new OutboundMessage(
                OutboundMessage.UniqueKey(OutboundMessage.KeyOf("project-relay", project.Id)), Recipient.ForMember(other.Id),
                messages.About([member.Id], other.Language, TextKeys.ProjectRelayMessage, member.DisplayName, project.Title, input.Text));
            if (await delivery.SendAsync(relayed, cancellationToken) is DeliveryOutcome.Delivered or DeliveryOutcome.Queued)
            {
                reached.Add(other.DisplayName);
            }
        }

        return reached.Count == 0
            ? [messages.Reply(member.Language, TextKeys.ProjectRelayNotDelivered)]
            : [messages.Reply(member.Language, TextKeys.ProjectRelaySent, messages.Names(member.Language, reached))];
    }

    public async Task<DateTimeOffset?> LatestSinceAsync(Member member, CancellationToken cancellationToken) =>
        (await LatestAsync(member, cancellationToken))?.Since;

    public async Task<IReadOnlyList<ChatReply>> EndLatestAsync(Member member, CancellationToken cancellationToken) =>
        await LatestAsync(member, cancellationToken) is { } latest
            ? await closing.LeaveAsync(member, latest.Project.Id, cancellationToken)
            : [messages.Reply(member.Language, TextKeys.RelayNone)];

    /// <summary>The member's relayed, open project that they joined last (the initiator "joins" when it starts).</summary>
    private async Task<(Project Project, DateTimeOffset Since)?> LatestAsync(Member member, CancellationToken cancellationToken)
    {
        var relayed = (await store.ForMemberAsync(member.Id, cancellationToken))
            .Where(p => p.IsOpen && p.IsRelayActive && p.TeamIds.Contains(member.Id))
            .Select(p => (Project: p, Since: Since(p, member.Id)))
            .OrderByDescending(x => x.Since)
            .ToList();
        return relayed.Count == 0 ? null : relayed[0];
    }

    private static DateTimeOffset Since(Project project, string memberId) =>
        project.InitiatorId == memberId
            ? project.StartedAt ?? project.CreatedAt
            : project.Roles.SelectMany(r => r.Candidates).FirstOrDefault(c => c.MemberId == memberId && c.State == InvitationState.Accepted)?.AnsweredAt ?? project.CreatedAt;
}
