using CultureHub.Core.Places;

namespace CultureHub.Core.Projects;

public enum ProjectState
{
    /// <summary>The team is shown to the initiator; nobody was asked yet.</summary>
    Proposed,

    /// <summary>The initiator confirmed: invitations are out, nobody said yes yet.</summary>
    Inviting,

    /// <summary>At least one invitee said yes: the team conversation runs.</summary>
    Active,

    /// <summary>The initiator closed it (or left CultureHub); answers to old invitations are friendly no-ops.</summary>
    Closed,
}

public enum InvitationState
{
    /// <summary>Proposed to the initiator, not asked yet.</summary>
    Candidate,
    Invited,
    Accepted,

    /// <summary>"Not now".</summary>
    Declined,

    /// <summary>"Not this": never proposed to this initiator again.</summary>
    Refused,
    Expired,

    /// <summary>The initiator swapped them for the next candidate before asking.</summary>
    Skipped,

    /// <summary>Was in the team and left (/end, or left CultureHub).</summary>
    Left,
}

/// <summary>What the initiator said came of the project, asked after its date (or 30 days).</summary>
public enum ProjectOutcome
{
    Unknown,
    Happened,
    Ongoing,
    DidNotHappen,
}

/// <summary>One person considered for a role, in rank order, and where their invitation stands.</summary>
public sealed record RoleCandidate(string MemberId, double Score, double? DistanceKm)
{
    /// <summary>What they offer that serves the role (taxonomy id), for the reason shown to the initiator.</summary>
    public string? OfferId { get; init; }

    public InvitationState State { get; init; } = InvitationState.Candidate;

    public DateTimeOffset? InvitedAt { get; init; }

    public DateTimeOffset? AnsweredAt { get; init; }

    /// <summary>Still the role's person (or on the way to be): not declined, refused, expired, skipped or gone.</summary>
    public bool IsInPlay => State is InvitationState.Candidate or InvitationState.Invited or InvitationState.Accepted;
}

/// <summary>A role the project needs (a taxonomy competence), its candidates best first, and whether to keep looking weekly.</summary>
public sealed record ProjectRole
{
    public required string Id { get; init; }

    public required string CompetenceId { get; init; }

    public IReadOnlyList<RoleCandidate> Candidates { get; init; } = [];

    public bool IsKeptLookingFor { get; init; }

    public DateTimeOffset? LastSearchedAt { get; init; }

    /// <summary>The person the role is with now: the first candidate still in play.</summary>
    public RoleCandidate? Current => Candidates.FirstOrDefault(c => c.IsInPlay);

    public RoleCandidate? CandidateOf(string memberId) => Candidates.FirstOrDefault(c => c.MemberId == memberId);

    public ProjectRole WithCandidate(RoleCandidate candidate) =>
        this with { Candidates = Candidates.Select(c => c.MemberId == candidate.MemberId ? candidate : c).ToList() };
}

/// <summary>
/// A project: one idea, the roles it needs, the team that forms for it, and what came of it. Kept
/// for the evaluation (team size, sectors, outcome) until the initiator deletes their data.
/// </summary>
public sealed record Project
{
    public required string Id { get; init; }

    public required string InitiatorId { get; init; }

    public required string Title { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>When, in the initiator's words ("Juni 2027"), and the day read from it if any.</summary>
    public string? WhenText { get; init; }

    public DateTimeOffset? Date { get; init; }

    /// <summary>Where the work happens; null with <see cref="IsRemote"/> for work at a distance.</summary>
    public Place? Place { get; init; }

    public bool IsRemote { get; init; }

    public IReadOnlyList<ProjectRole> Roles { get; init; } = [];

    public ProjectState State { get; init; } = ProjectState.Proposed;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? ConfirmedAt { get; init; }

    /// <summary>When the first invitee said yes and the team conversation opened.</summary>
    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    /// <summary>True while the core passes the team's messages (not everyone in one platform space).</summary>
    public bool IsRelayActive { get; init; }

    /// <summary>The platform whose shared space (a Discord thread) holds the team, if one does.</summary>
    public ChatPlatform? SpacePlatform { get; init; }

    /// <summary>The largest the team has been (initiator included), for the evaluation.</summary>
    public int PeakTeamSize { get; init; }

    /// <summary>Whether the team has spanned more than one sector (first-named sectors), for the evaluation.</summary>
    public bool IsCrossSector { get; init; }

    /// <summary>Whether someone from a rural place has been in the team, for the evaluation.</summary>
    public bool HasRuralMember { get; init; }

    public DateTimeOffset? OutcomeAskedAt { get; init; }

    public ProjectOutcome Outcome { get; init; } = ProjectOutcome.Unknown;

    /// <summary>Initiator and everyone who accepted and has not left.</summary>
    public IReadOnlyList<string> TeamIds =>
        [InitiatorId, .. Roles.SelectMany(r => r.Candidates).Where(c => c.State == InvitationState.Accepted).Select(c => c.MemberId).Distinct()];

    public bool IsOpen => State != ProjectState.Closed;

    public bool Involves(string memberId) => InitiatorId == memberId || Roles.Any(r => r.CandidateOf(memberId) is not null);

    public ProjectRole? Role(string roleId) => Roles.FirstOrDefault(r => r.Id == roleId);

    public ProjectRole? RoleOf(string memberId) => Roles.FirstOrDefault(r => r.CandidateOf(memberId) is { IsInPlay: true });

    public Project WithRole(ProjectRole role) => this with { Roles = Roles.Select(r => r.Id == role.Id ? role : r).ToList() };

    /// <summary>Everyone named anywhere in the project, for lookups and erasure.</summary>
    public IEnumerable<string> MemberIds => Roles.SelectMany(r => r.Candidates).Select(c => c.MemberId).Prepend(InitiatorId).Distinct();
}
