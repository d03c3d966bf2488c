using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Projects;

/// <summary>/project: starts the guided form for a new project (a profile is needed: invitees see it).</summary>
public sealed class ProjectCommand(ProjectForm form, ProjectMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("project", TextKeys.CommandProject);

    public IReadOnlyList<string> Aliases { get; } = ["projekt"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        context.Member is null
            ? [messages.Reply(context.Language, TextKeys.ProfileNone)]
            : await form.BeginAsync(context, cancellationToken);
}

/// <summary>/projects: one's own projects and the teams and invitations one is part of.</summary>
public sealed class ProjectsCommand(IProjectStore store, ProjectViews views, ProjectMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("projects", TextKeys.CommandProjects);

    public IReadOnlyList<string> Aliases { get; } = ["projekte"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        context.Member is not { } member
            ? [messages.Reply(context.Language, TextKeys.ProfileNone)]
            : await views.ListAsync(member, await store.ForMemberAsync(member.Id, cancellationToken), cancellationToken);
}
