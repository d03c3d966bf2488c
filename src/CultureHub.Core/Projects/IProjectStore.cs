namespace CultureHub.Core.Projects;

/// <summary>Projects and half-filled /project forms. Implemented by the storage adapter.</summary>
public interface IProjectStore
{
    Task<Project?> GetAsync(string id, CancellationToken cancellationToken);

    Task SaveAsync(Project project, CancellationToken cancellationToken);

    /// <summary>Projects naming the member anywhere: as initiator, candidate, invitee or team member.</summary>
    Task<IReadOnlyList<Project>> ForMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Projects still in motion (not closed, or closed with the outcome question still to ask).</summary>
    Task<IReadOnlyList<Project>> OpenAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Project>> AllAsync(CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken);

    Task<ProjectDraft?> GetDraftAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveDraftAsync(ProjectDraft draft, CancellationToken cancellationToken);

    Task DeleteDraftAsync(string identityKey, CancellationToken cancellationToken);
}
