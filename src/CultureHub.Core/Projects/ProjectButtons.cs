using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>
/// Every project button, <c>prj:&lt;action&gt;:…</c>: the form's (where, role labels, "Team vorschlagen"),
/// the initiator's (invite, swap, keep looking, next, close, outcome) and the invitee's (yes / not now / not this).
/// </summary>
public sealed class ProjectButtons(
    ProjectForm form,
    ProjectService service,
    ProjectInvitations invitations,
    ProjectClosing closing,
    ProjectOutcomeAnswers outcomes,
    ProjectMessages messages) : IButtonHandler
{
    public string Prefix => ProjectMessages.Prefix;

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':');
        if (context.Member is not { } member)
        {
            return [messages.Reply(context.Language, TextKeys.ButtonOutdated)];
        }

        string? At(int i) => parts.Length > i ? parts[i] : null;
        return (At(0), At(1), At(2)) switch
        {
            ("where", "online", _) => await form.ChooseWhereAsync(context, isRemote: true, cancellationToken),
            ("where", "home", _) => await form.ChooseWhereAsync(context, isRemote: false, cancellationToken),
            ("rm", { } id, _) => await form.ChangeRolesAsync(context, "rm", id, cancellationToken),
            ("pick", _, { } id) => await form.ChangeRolesAsync(context, "pick", id, cancellationToken),
            ("none" or "add", _, _) => await form.ChangeRolesAsync(context, parts[0], null, cancellationToken),
            ("quit", _, _) => await form.QuitAsync(context, cancellationToken),
            ("team", _, _) => await ProposeAsync(context, member, cancellationToken),
            ("invite", { } project, _) => await service.ConfirmAsync(member, project, cancellationToken),
            ("alt", { } project, { } role) => await service.SwapAsync(member, project, role, cancellationToken),
            ("keep", { } project, { } role) => await service.KeepLookingAsync(member, project, role, cancellationToken),
            ("next", { } project, { } role) => await service.InviteNextAsync(member, project, role, cancellationToken),
            ("close", { } project, _) => await closing.CloseAsync(member, project, cancellationToken),
            ("yes", { } project, { } role) => await invitations.AnswerAsync(member, project, role, InvitationAnswer.Yes, cancellationToken),
            ("later", { } project, { } role) => await invitations.AnswerAsync(member, project, role, InvitationAnswer.NotNow, cancellationToken),
            ("no", { } project, { } role) => await invitations.AnswerAsync(member, project, role, InvitationAnswer.NotThis, cancellationToken),
            ("outcome", { } value, { } project) => await outcomes.AnswerAsync(member, project, value, cancellationToken),
            _ => [messages.Reply(member.Language, TextKeys.ButtonOutdated)],
        };
    }

    /// <summary>"Team vorschlagen": the form is done; the draft becomes a project with a proposed team.</summary>
    private async Task<IReadOnlyList<ChatReply>> ProposeAsync(ChatContext context, Member member, CancellationToken cancellationToken)
    {
        var draft = await form.DraftAsync(context, cancellationToken);
        if (draft is not { Step: ProjectDraftStep.Roles or ProjectDraftStep.AddingRole })
        {
            return [messages.Reply(member.Language, TextKeys.ButtonOutdated)];
        }

        if (draft.RoleIds.Count == 0)
        {
            return [messages.Reply(member.Language, TextKeys.ProjectTeamNoRoles)];
        }

        await form.DeleteAsync(draft.IdentityKey, cancellationToken);
        return await service.CreateAsync(member, draft, cancellationToken);
    }
}
