namespace CultureHub.Core.Matching;

/// <summary>
/// One proposed introduction for a member. <see cref="NeedId"/> is the need of the recipient that the
/// candidate serves (or, for a member seeking clients, the candidate's need the recipient serves).
/// </summary>
public sealed record MatchSuggestion(
    string CandidateId,
    double Score,
    bool IsMutual,
    double? DistanceKm,
    string Why,
    string NeedId,
    string OfferId);

/// <summary>How a whole matching round is shared out.</summary>
public sealed record MatchRoundOptions
{
    /// <summary>Proposals each member receives at most.</summary>
    public int MaxProposalsPerMember { get; init; } = 2;

    /// <summary>How often one member may be proposed to others in one round, so nobody is flooded.</summary>
    public int MaxTimesProposed { get; init; } = 3;

    /// <summary>Pairs already introduced, declined or blocked (seeker id, candidate id).</summary>
    public Func<string, string, bool>? IsExcluded { get; init; }
}
