using CultureHub.Core.Places;

namespace CultureHub.Core.Projects;

public enum ProjectDraftStep
{
    Title,
    Description,
    When,
    Where,
    Roles,

    /// <summary>The initiator pressed "Rolle hinzufügen": the next text names the role.</summary>
    AddingRole,
}

/// <summary>
/// A /project form in progress, stored after every answer so a restart mid-form loses nothing.
/// Keyed by the identity filling it in; the roles are competence ids read from the description.
/// </summary>
public sealed record ProjectDraft
{
    public required string IdentityKey { get; init; }

    public ProjectDraftStep Step { get; init; } = ProjectDraftStep.Title;

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? WhenText { get; init; }

    public DateTimeOffset? Date { get; init; }

    public Place? Place { get; init; }

    public bool IsRemote { get; init; }

    public IReadOnlyList<string> RoleIds { get; init; } = [];

    public DateTimeOffset UpdatedAt { get; init; }
}
