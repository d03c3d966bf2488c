namespace CultureHub.Core.Spaces;

public enum ListingStep
{
    Owner,
    Kind,
    Title,
    Town,
    Address,
    Availability,
    Capacity,
    Terms,
    Description,
    Done,
}

/// <summary>A /share form in progress, stored after every answer so a restart mid-form loses nothing.</summary>
public sealed record ListingDraft
{
    public required string IdentityKey { get; init; }

    public ListingStep Step { get; init; } = ListingStep.Kind;

    public string? MemberId { get; init; }

    public string? HubId { get; init; }

    public string? Kind { get; init; }

    public string? Title { get; init; }

    public string? TownName { get; init; }

    public string? Address { get; init; }

    public Availability? Availability { get; init; }

    public int? Capacity { get; init; }

    public ListingTerms? Terms { get; init; }

    public string? Description { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>A book button was pressed and the member is asked for the date and time; the next text answers it.</summary>
public sealed record BookingDraft(string IdentityKey, string ListingId, DateTimeOffset UpdatedAt);
