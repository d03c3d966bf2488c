namespace CultureHub.Core.Workshops;

public enum DraftStep
{
    Title,
    Description,
    Hub,
    When,
    Capacity,
}

/// <summary>
/// A /propose or /newworkshop form in progress, stored after every answer so a restart mid-form
/// loses nothing. Keyed by the identity filling it in (staff need no member profile).
/// </summary>
public sealed record WorkshopDraft
{
    public required string IdentityKey { get; init; }

    /// <summary>Staff create published workshops directly; members propose.</summary>
    public bool IsStaffForm { get; init; }

    public DraftStep Step { get; init; } = DraftStep.Title;

    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? HubId { get; init; }

    public DateTimeOffset? StartsAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
