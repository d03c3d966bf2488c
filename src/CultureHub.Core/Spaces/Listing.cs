using CultureHub.Core.Places;

namespace CultureHub.Core.Spaces;

public enum ListingState
{
    Active,
    Paused,
    Removed,
}

public enum TermsKind
{
    Free,
    Price,
    Deposit,
}

/// <summary>What using it costs: free, a price, or a deposit; <see cref="Text"/> is the owner's words ("15 € pro Abend").</summary>
public sealed record ListingTerms(TermsKind Kind, string Text);

/// <summary>
/// A space or piece of gear someone shares. <see cref="Kind"/> is a taxonomy id (rehearsal_room,
/// pa_system). A member owns it (<see cref="OwnerMemberId"/>) or a hub does (<see cref="HubId"/>,
/// managed by the hub's staff). <see cref="Address"/> is shown only to members whose booking was approved.
/// </summary>
public sealed record Listing
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = string.Empty;

    public required Place Town { get; init; }

    public string Address { get; init; } = string.Empty;

    public Availability Availability { get; init; } = Availability.ByArrangement;

    public int? Capacity { get; init; }

    public ListingTerms Terms { get; init; } = new(TermsKind.Free, string.Empty);

    public string? OwnerMemberId { get; init; }

    public string? HubId { get; init; }

    /// <summary>The identity that listed it (staff need no profile).</summary>
    public required string CreatedBy { get; init; }

    public ListingState State { get; init; } = ListingState.Active;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsBookable => State == ListingState.Active;

    public bool IsHubResource => HubId is not null;
}
