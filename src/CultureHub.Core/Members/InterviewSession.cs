namespace CultureHub.Core.Members;

public enum InterviewStep
{
    Name,
    Offers,
    Seeks,
    Town,
    Sectors,
    Links,
    Confirm,
}

/// <summary>The profile as it grows during the interview, before the member confirms it.</summary>
public sealed record MemberDraft
{
    public string? Name { get; init; }

    public string? Offers { get; init; }

    /// <summary>Null: not asked yet. Empty: the member only offers.</summary>
    public string? Seeks { get; init; }

    public MemberTown? Town { get; init; }

    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    public bool HasChosenSectors { get; init; }

    /// <summary>Null: not asked yet.</summary>
    public IReadOnlyList<string>? Links { get; init; }

    public static MemberDraft From(Member member) => new()
    {
        Name = member.DisplayName,
        Offers = member.Offers,
        Seeks = member.Seeks,
        Town = member.Town,
        Sectors = member.Sectors,
        HasChosenSectors = true,
        Links = member.Links,
    };
}

/// <summary>
/// An interview in progress, stored after consent so that it survives a restart of the host.
/// Keyed by the platform identity the member talks through.
/// </summary>
public sealed record InterviewSession
{
    public required string IdentityKey { get; init; }

    public required Language Language { get; init; }

    public required InterviewStep Step { get; init; }

    public required MemberDraft Draft { get; init; }

    public required ConsentRecord Consent { get; init; }

    /// <summary>Set when the member edits one field from the confirmation card.</summary>
    public bool ShouldReturnToConfirm { get; init; }

    /// <summary>The member this session edits; null for a new member.</summary>
    public string? MemberId { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

public interface IInterviewStore
{
    Task<InterviewSession?> GetAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveAsync(InterviewSession session, CancellationToken cancellationToken);

    Task DeleteAsync(string identityKey, CancellationToken cancellationToken);
}
