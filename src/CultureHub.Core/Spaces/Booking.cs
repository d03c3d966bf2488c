using CultureHub.Core.Dates;

namespace CultureHub.Core.Spaces;

public enum BookingState
{
    Requested,
    Approved,
    Declined,
    Cancelled,
}

/// <summary>A member's request to use a listing for a span, and what became of it. Times in UTC.</summary>
public sealed record Booking
{
    public required string Id { get; init; }

    public required string ListingId { get; init; }

    public required string MemberId { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public BookingState State { get; init; } = BookingState.Requested;

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary>The identity that approved or declined it.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    /// <summary>"owner" or "member": who called it off.</summary>
    public string? CancelledBy { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset? ReminderSentAt { get; init; }

    public WallClockSpan Span => new(StartsAt, EndsAt);

    public bool IsOpen => State is BookingState.Requested or BookingState.Approved;

    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => StartsAt < endsAt && startsAt < EndsAt;
}
