namespace CultureHub.Core.Introductions;

public enum IntroductionState
{
    /// <summary>Sent to both; waiting for answers.</summary>
    Proposed,

    /// <summary>Both said yes; a conversation was opened (or a relay runs).</summary>
    Accepted,

    /// <summary>One side said "not now".</summary>
    Declined,

    /// <summary>One side said "not this person"; the pair is never proposed again.</summary>
    Blocked,

    /// <summary>Nobody answered in time.</summary>
    Expired,
}

public enum IntroductionAnswer
{
    Pending,
    Yes,
    NotNow,
    Blocked,
}

/// <summary>What came of an introduction, as the members told us in the follow-ups.</summary>
public enum IntroductionOutcome
{
    Unknown,
    Project,
    Gig,
    Collaboration,
    Nothing,
}

/// <summary>One side of an introduction, with the reason shown to them in their language.</summary>
public sealed record IntroductionSide(string MemberId, IntroductionAnswer Answer, string Why)
{
    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>
    /// Whether the proposal reached this side, recorded when it expires; only a delivered proposal
    /// left unanswered counts toward the ghost pause. Null for introductions from before it was recorded.
    /// </summary>
    public bool? WasDelivered { get; init; }
}

/// <summary>
/// A proposed introduction between two members, from proposal through follow-ups. Kept for the
/// evaluation instrument (sector pair, outcome) until either member deletes their data.
/// </summary>
public sealed record Introduction
{
    public required string Id { get; init; }

    public required IntroductionSide First { get; init; }

    public required IntroductionSide Second { get; init; }

    public IntroductionState State { get; init; } = IntroductionState.Proposed;

    public double Score { get; init; }

    public bool IsMutual { get; init; }

    public bool IsCrossSector { get; init; }

    /// <summary>Sectors of each side when proposed (ids), for the partners' sector-pair figures.</summary>
    public IReadOnlyList<string> FirstSectors { get; init; } = [];

    public IReadOnlyList<string> SecondSectors { get; init; } = [];

    /// <summary>The first side's need the second side serves, and the offer serving it (taxonomy ids), for "what worked".</summary>
    public string? NeedId { get; init; }

    public string? OfferId { get; init; }

    /// <summary>Distance between the two when proposed, in whole km; null when a place was unknown.</summary>
    public int? DistanceKm { get; init; }

    /// <summary>"round", "on_demand" or "workshop:&lt;id&gt;".</summary>
    public string Origin { get; init; } = "round";

    public DateTimeOffset ProposedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>
    /// Set when the introduction is stored and cleared once both proposals are in the outbox, so the
    /// sweep gives an introduction a crash left without its proposals the missing ones.
    /// </summary>
    public bool IsBeingProposed { get; init; }

    /// <summary>True while the core passes messages between the two (different platforms, no direct link).</summary>
    public bool IsRelayActive { get; init; }

    public DateTimeOffset? MetAskedAt { get; init; }

    public bool? HaveMet { get; init; }

    public DateTimeOffset? OutcomeAskedAt { get; init; }

    public IntroductionOutcome Outcome { get; init; } = IntroductionOutcome.Unknown;

    public bool Involves(string memberId) => First.MemberId == memberId || Second.MemberId == memberId;

    public IntroductionSide SideOf(string memberId) => First.MemberId == memberId ? First : Second;

    public IntroductionSide OtherSideOf(string memberId) => First.MemberId == memberId ? Second : First;

    public Introduction WithSide(IntroductionSide side) =>
        First.MemberId == side.MemberId ? this with { First = side } : this with { Second = side };

    public static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}|{b}" : $"{b}|{a}";
}

public interface IIntroductionStore
{
    Task<Introduction?> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>Stores a new introduction; changes to one go through <see cref="UpdateAsync"/>.</summary>
    Task SaveAsync(Introduction introduction, CancellationToken cancellationToken);

    /// <summary>Changes the introduction as stored now (see <c>IMemberStore.UpdateAsync</c>); null from <paramref name="change"/> writes nothing.</summary>
    Task<Introduction?> UpdateAsync(string id, Func<Introduction, Introduction?> change, CancellationToken cancellationToken);

    Task<IReadOnlyList<Introduction>> ForMemberAsync(string memberId, CancellationToken cancellationToken);

    /// <summary>Introductions still in motion: proposed, or accepted with follow-ups or a relay pending.</summary>
    Task<IReadOnlyList<Introduction>> OpenAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<Introduction>> AllAsync(CancellationToken cancellationToken);

    Task<int> DeleteForMemberAsync(string memberId, CancellationToken cancellationToken);
}
