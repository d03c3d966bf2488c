using CultureHub.Core.Members;

namespace CultureHub.Core.Workshops;

public enum WorkshopState
{
    Proposed,
    Published,
    Declined,
    Cancelled,
    Done,
}

/// <summary>A workshop at a hub. Times are stored in UTC and shown in the region's time zone (<see cref="RegionTime"/>).</summary>
public sealed record Workshop
{
    /// <summary>Short and typable (<c>k7m2q</c>), so members can write <c>/signup k7m2q</c>.</summary>
    public required string Id { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = string.Empty;

    public required string HubId { get; init; }

    public required DateTimeOffset StartsAt { get; init; }

    public required DateTimeOffset EndsAt { get; init; }

    public int Capacity { get; init; } = 12;

    public Language Language { get; init; } = Language.De;

    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    /// <summary>The member who leads it; null when the hub itself hosts.</summary>
    public string? HostMemberId { get; init; }

    /// <summary>Who proposed or created it (identity key), to tell them about approval.</summary>
    public string? ProposedBy { get; init; }

    public WorkshopState State { get; init; } = WorkshopState.Proposed;

    /// <summary>Shown at the hub; members answer with <c>/checkin CODE</c>.</summary>
    public required string CheckInCode { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Raised whenever the time changes, so calendar apps replace the old event (iCalendar SEQUENCE).</summary>
    public int Sequence { get; init; }

    /// <summary>Set once participants were pointed out to each other, so it happens once.</summary>
    public DateTimeOffset? MatchedAt { get; init; }

    public bool IsOpenFor(DateTimeOffset now) => State == WorkshopState.Published && now < StartsAt;
}

public enum RegistrationStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}

/// <summary>One member's place at one workshop, with the marks that make reminders idempotent.</summary>
public sealed record Registration
{
    public required string WorkshopId { get; init; }

    public required string MemberId { get; init; }

    public RegistrationStatus Status { get; init; }

    /// <summary>Order of arrival; the waitlist is served in this order.</summary>
    public long Sequence { get; init; }

    public DateTimeOffset SignedUpAt { get; init; }

    public DateTimeOffset? PromotedAt { get; init; }

    public DateTimeOffset? CancelledAt { get; init; }

    public DateTimeOffset? AttendedAt { get; init; }

    public DateTimeOffset? DayReminderSentAt { get; init; }

    public DateTimeOffset? HourReminderSentAt { get; init; }

    /// <summary>Ever on the waitlist, for the partners' figures.</summary>
    public bool WasWaitlisted { get; init; }

    public string Id => Key(WorkshopId, MemberId);

    public bool IsActive => Status != RegistrationStatus.Cancelled;

    public static string Key(string workshopId, string memberId) => $"{workshopId}|{memberId}";
}
