using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// The team's conversation. When everyone can be reached on one platform that has shared spaces (a
/// private Discord thread), the platform holds it and newcomers are added to it; otherwise — Telegram,
/// the web chat, mixed platforms — the core relays each message to all others. The first message
/// names a place to meet in person.
/// </summary>
public sealed partial class ProjectTeamSpace(
    IMemberStore members,
    ChatDelivery delivery,
    ProjectMessages messages,
    MeetingPlaces places,
    TimeProvider time,
    ILogger<ProjectTeamSpace> logger)
{
    /// <summary>Brings one who just said yes into the team (opening the conversation with the first yes); returns the project to store.</summary>
    public async Task<Project> JoinAsync(Project project, Member newcomer, CancellationToken cancellationToken)
    {
        var team = await TeamAsync(project, cancellationToken);
        project = WithFigures(project, team);
        if (project.StartedAt is null)
        {
            return await OpenAsync(project with { StartedAt = time.GetUtcNow(), State = ProjectState.Active }, team, cancellationToken);
        }

        if (project.SpacePlatform is { } platform && !project.IsRelayActive
            && delivery.ReachableIdentity(newcomer) is { } identity && identity.Platform == platform
            && await OpenSpaceAsync(project, [newcomer], team, null, cancellationToken))
        {
            return project;
        }

        var isSwitching = !project.IsRelayActive;
        var meeting = await places.SuggestAsync(team, cancellationToken);
        await SendAsync(OutboundMessage.KeyOf("project-team", project.Id, newcomer.Id), newcomer, Opened(project, newcomer, team, meeting, isRelay: true), cancellationToken);
        foreach (var other in team.Where(m => m.Id != newcomer.Id))
        {
            var text = messages.Text(other.Language, TextKeys.ProjectJoined, newcomer.DisplayName, RoleName(project, newcomer.Id, other.Language), project.Title)
                + (isSwitching ? "\n\n" + RelayHint(project, other) : string.Empty);
            await SendAsync(OutboundMessage.KeyOf("project-joined", project.Id, newcomer.Id, other.Id), other, new ChatReply(text) { About = [newcomer.Id] }, cancellationToken);
        }

        return project with { IsRelayActive = true };
    }

    /// <summary>
    /// Tells the rest of the team something happened (someone left, the project closed), one outbox
    /// message per member under <paramref name="intentKey"/> and their id, so a rerun sends nothing twice.
    /// </summary>
    public async Task TellTeamAsync(Project project, string? exceptId, string intentKey, Func<Member, ChatReply> message, CancellationToken cancellationToken)
    {
        foreach (var member in (await TeamAsync(project, cancellationToken)).Where(m => m.Id != exceptId))
        {
            await SendAsync(OutboundMessage.KeyOf(intentKey, member.Id), member, message(member), cancellationToken);
        }
    }

    private Task<DeliveryOutcome> SendAsync(string key, Member recipient, ChatReply message, CancellationToken cancellationToken) =>
        delivery.SendAsync(new OutboundMessage(key, Recipient.ForMember(recipient.Id), message), cancellationToken);

    public async Task<IReadOnlyList<Member>> TeamAsync(Project project, CancellationToken cancellationToken)
    {
        var team = new List<Member>();
        foreach (var id in project.TeamIds)
        {
            if (await members.GetAsync(id, cancellationToken) is { } member)
            {
                team.Add(member);
            }
        }

        return team;
    }

    private async Task<Project> OpenAsync(Project project, IReadOnlyList<Member> team, CancellationToken cancellationToken)
    {
        var meeting = await places.SuggestAsync(team, cancellationToken);
        if (await OpenSpaceAsync(project, team, team, meeting, cancellationToken))
        {
            LogOpened(project.Id, false);
            return project with { SpacePlatform = delivery.ReachableIdentity(team[0])!.Platform, IsRelayActive = false };
        }

        foreach (var member in team)
        {
            await SendAsync(OutboundMessage.KeyOf("project-team", project.Id, member.Id), member, Opened(project, member, team, meeting, isRelay: true), cancellationToken);
        }

        LogOpened(project.Id, true);
        return project with { IsRelayActive = true };
    }

    /// <summary>Asks the platform to open the team's space, or to add <paramref name="joining"/> to the one it opened.</summary>
    private async Task<bool> OpenSpaceAsync(Project project, IReadOnlyList<Member> joining, IReadOnlyList<Member> team, MeetingSuggestion? meeting, CancellationToken cancellationToken)
    {
        var sides = joining.Select(member => (member, Opened(project, member, team, meeting, isRelay: false))).ToList();
        return await delivery.OpenTeamConversationAsync(project.Id, project.Title, sides, cancellationToken) == PrivateConversationOutcome.Opened;
    }

    private ChatReply Opened(Project project, Member recipient, IReadOnlyList<Member> team, MeetingSuggestion? meeting, bool isRelay)
    {
        var language = recipient.Language;
        var text = messages.Text(language, TextKeys.ProjectTeamOpened, project.Title, messages.TeamList(project, team.ToDictionary(m => m.Id), language));
        if (isRelay)
        {
            text += "\n\n" + RelayHint(project, recipient);
        }

        var meet = places.Text(meeting, language);
        return new ChatReply(meet.Length == 0 ? text : text + "\n\n" + meet) { About = team.Select(m => m.Id).Where(id => id != recipient.Id).ToList() };
    }

    private string RelayHint(Project project, Member recipient) =>
        messages.Text(recipient.Language, recipient.Id == project.InitiatorId ? TextKeys.ProjectRelayHintInitiator : TextKeys.ProjectRelayHint);

    private string RoleName(Project project, string memberId, Language language) =>
        project.RoleOf(memberId) is { } role ? messages.Role(role.CompetenceId, language) : "?";

    /// <summary>Team size, sectors and rural reach as the team grows, kept for the evaluation.</summary>
    private static Project WithFigures(Project project, IReadOnlyList<Member> team) => project with
    {
        PeakTeamSize = Math.Max(project.PeakTeamSize, team.Count),
        IsCrossSector = project.IsCrossSector || team.Select(m => m.Sectors.FirstOrDefault(Sector.Other)).Where(s => s != Sector.Other).Distinct().Count() > 1,
        HasRuralMember = project.HasRuralMember || team.Any(m => m.Town?.Place is { IsUrban: false }),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Project {ProjectId}: team conversation opened (relay: {IsRelay})")]
    private partial void LogOpened(string projectId, bool isRelay);
}
