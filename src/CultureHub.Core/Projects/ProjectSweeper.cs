using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Options;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// Due work derived from the stored projects alone, so a restart loses nothing and repeats nothing:
/// expired invitations, the weekly search for roles nobody offered, and — after the project's date,
/// or 30 days after it started — the question to the initiator what came of it. Each step is marked
/// in the project before the next sweep sees it.
/// </summary>
public sealed class ProjectSweeper(
    IProjectStore store,
    IMemberStore members,
    ProjectInvitations invitations,
    TeamFinder finder,
    ProjectViews views,
    ProjectMessages messages,
    ProjectLocks locks,
    ChatDelivery delivery,
    IOptions<ProjectOptions> options,
    TimeProvider time) : IDueWork
{
    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = 0;
        foreach (var project in await store.OpenAsync(cancellationToken))
        {
            done += await invitations.ExpireAsync(project.Id, now.AddDays(-options.Value.InvitationLifetimeDays), cancellationToken) ? 1 : 0;
            done += await SearchAgainAsync(project.Id, now, cancellationToken) ? 1 : 0;
            done += await AskOutcomeAsync(project.Id, now, cancellationToken) ? 1 : 0;
        }

        return done;
    }

    private async Task<bool> SearchAgainAsync(string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        var due = project is { IsOpen: true } ? project.Roles.Where(r => r.IsKeptLookingFor && r.Current is null && r.LastSearchedAt <= now.AddDays(-options.Value.SearchAgainDays)).ToList() : [];
        if (project is null || due.Count == 0)
        {
            return false;
        }

        project = await finder.FillAsync(project, due.Select(r => r.Id).ToList(), cancellationToken);
        var initiator = await members.GetAsync(project.InitiatorId, cancellationToken);
        foreach (var role in due.Select(r => project.Role(r.Id)!))
        {
            var found = role.Current is { } next ? await members.GetAsync(next.MemberId, cancellationToken) : null;
            project = project.WithRole(role with { LastSearchedAt = now, IsKeptLookingFor = found is null });
            if (found is not null && initiator is not null)
            {
                var language = initiator.Language;
                var text = messages.Text(language, TextKeys.ProjectKeepLookingFound, project.Title, messages.Role(role.CompetenceId, language), found.DisplayName, messages.Town(found, language));
                var proposal = project.State == ProjectState.Proposed ? await views.ProposalAsync(project, initiator, cancellationToken) : null;
                var message = proposal is not null
                    ? proposal with { Text = text + "\n\n" + proposal.Text, About = [.. proposal.About, found.Id] }
                    : new ChatReply(text, [new ChatButton(ProjectMessages.Button("next", project.Id, role.Id), messages.Text(language, TextKeys.ProjectNextInvite, found.DisplayName))]) { About = [found.Id] };
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("project-found", project.Id, role.Id, found.Id), Recipient.ForMember(initiator.Id), message), cancellationToken);
            }
        }

        await store.SaveAsync(project, cancellationToken);
        return true;
    }

    private async Task<bool> AskOutcomeAsync(string projectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        if (project is not { StartedAt: { } started, OutcomeAskedAt: null })
        {
            return false;
        }

        var due = project.Date ?? started.AddDays(options.Value.OutcomeFollowUpDays);
        if (now < due)
        {
            return false;
        }

        await store.SaveAsync(project with { OutcomeAskedAt = now }, cancellationToken);
        if (await members.GetAsync(project.InitiatorId, cancellationToken) is { } initiator)
        {
            await delivery.SendAsync(
                new OutboundMessage(OutboundMessage.KeyOf("project-outcome", project.Id), Recipient.ForMember(initiator.Id), messages.OutcomeQuestion(project, initiator.Language)),
                cancellationToken);
        }

        return true;
    }
}

/// <summary>The initiator's answer to "what came of it?"; it feeds the evaluation's project figures.</summary>
public sealed class ProjectOutcomeAnswers(IProjectStore store, ProjectMessages messages, ProjectLocks locks)
{
    public async Task<IReadOnlyList<ChatReply>> AnswerAsync(Member initiator, string projectId, string value, CancellationToken cancellationToken)
    {
        using var held = await locks.AcquireAsync(projectId, cancellationToken);
        var project = await store.GetAsync(projectId, cancellationToken);
        var outcome = Enum.GetValues<ProjectOutcome>().Where(o => ProjectMessages.OutcomeCode(o) == value).Cast<ProjectOutcome?>().FirstOrDefault();
        if (project is null || project.InitiatorId != initiator.Id || outcome is null or ProjectOutcome.Unknown)
        {
            return [messages.Reply(initiator.Language, TextKeys.ButtonOutdated)];
        }

        await store.SaveAsync(project with { Outcome = outcome.Value }, cancellationToken);
        return [messages.Reply(initiator.Language, TextKeys.ProjectOutcomeThanks)];
    }
}
