using CultureHub.Core.Members;

namespace CultureHub.Core.Introductions;

/// <summary>A suggested pair with the reason for each side, in that side's language.</summary>
public sealed record MatchCandidate(
    string MemberId,
    string CandidateId,
    double Score,
    bool IsMutual,
    bool IsCrossSector,
    string WhyForMember,
    string WhyForCandidate)
{
    /// <summary>The member's need the candidate serves and the candidate's offer serving it (taxonomy ids), when known.</summary>
    public string? NeedId { get; init; }

    public string? OfferId { get; init; }

    public double? DistanceKm { get; init; }
}

/// <summary>What the introductions need from a matcher (the offline one, or one re-ranked by a model).</summary>
public interface IMatchSource
{
    /// <summary>Pairs for a whole round, fairness caps applied; each unordered pair at most once.</summary>
    Task<IReadOnlyList<MatchCandidate>> RoundAsync(
        IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, MatchRoundLimits limits, CancellationToken cancellationToken);

    /// <summary>The best candidates for one member, best first.</summary>
    Task<IReadOnlyList<MatchCandidate>> ForMemberAsync(
        Member member, IReadOnlyList<Member> members, Func<string, string, bool> isExcluded, int top, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the community ahead of the first <see cref="ForMemberAsync"/>, so that the first member to
    /// ask after a start does not wait for everyone's profile to be read; returns how many profiles were read.
    /// </summary>
    Task<int> WarmUpAsync(IReadOnlyList<Member> members, CancellationToken cancellationToken);
}

/// <param name="ProposalsFor">How many proposals a member may get in this round (fewer for members who decline everything).</param>
public sealed record MatchRoundLimits(Func<string, int> ProposalsFor, int MaxTimesProposed);
