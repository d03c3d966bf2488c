using System.Diagnostics;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Introductions;

public sealed record RoundReport(int EligibleMembers, int Proposed, TimeSpan Duration);

/// <summary>
/// A matching round: every reachable, unpaused member gets at most N proposals; pairs that were
/// ever proposed (accepted, declined, blocked, expired) are never proposed again.
/// </summary>
public sealed partial class MatchingRoundService(
    IMemberStore members,
    IIntroductionStore introductions,
    IMatchSource matcher,
    IntroductionService service,
    ChatReachability reachability,
    CultureHubMetrics metrics,
    IOptions<IntroductionOptions> options,
    ILogger<MatchingRoundService> logger)
{
    public async Task<RoundReport> RunRoundAsync(CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var (eligible, history) = await LoadAsync(cancellationToken);
        var excluded = ExcludedPairs(history);
        var limits = new MatchRoundLimits(id => ProposalsFor(id, history), options.Value.MaxTimesProposedPerRound);
        var pairs = await matcher.RoundAsync(eligible, (a, b) => excluded.Contains(Introduction.PairKey(a, b)), limits, cancellationToken);
        var byId = eligible.ToDictionary(m => m.Id);
        var proposed = 0;
        foreach (var pair in pairs)
        {
            if (excluded.Add(Introduction.PairKey(pair.MemberId, pair.CandidateId))
                && await TryProposeAsync(byId[pair.MemberId], byId[pair.CandidateId], pair, cancellationToken))
            {
                proposed++;
            }
        }

        stopwatch.Stop();
        metrics.RecordRound(stopwatch.Elapsed, proposed);
        LogRound(eligible.Count, proposed, stopwatch.ElapsedMilliseconds);
        return new RoundReport(eligible.Count, proposed, stopwatch.Elapsed);
    }

    /// <summary>One pair on its own: a failure is logged and the round goes on with the next pair.</summary>
    private async Task<bool> TryProposeAsync(Member member, Member candidate, MatchCandidate pair, CancellationToken cancellationToken)
    {
        try
        {
            await service.ProposeAsync(member, candidate, pair, "round", cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogProposalFailed(exception, member.Id, candidate.Id);
            return false;
        }
    }

    /// <summary>The best new person for one member now, proposed at once; null when there is nobody new.</summary>
    public async Task<Introduction?> ProposeForAsync(Member member, string origin, CancellationToken cancellationToken)
    {
        var (eligible, history) = await LoadAsync(cancellationToken);
        var excluded = ExcludedPairs(history);
        var candidates = await matcher.ForMemberAsync(member, eligible, (a, b) => excluded.Contains(Introduction.PairKey(a, b)), 1, cancellationToken);
        var best = candidates.FirstOrDefault(c => c.CandidateId != member.Id);
        var other = best is null ? null : eligible.FirstOrDefault(m => m.Id == best.CandidateId);
        return best is null || other is null ? null : await service.ProposeAsync(member, other, best, origin, cancellationToken);
    }

    /// <summary>
    /// Reads the same members <see cref="ProposeForAsync"/> reads, once, into the store's kept copy and the
    /// matcher's index, so the first <c>/match</c> after a start answers as fast as every later one.
    /// </summary>
    public async Task<int> WarmUpAsync(CancellationToken cancellationToken)
    {
        var (eligible, _) = await LoadAsync(cancellationToken);
        return await matcher.WarmUpAsync(eligible, cancellationToken);
    }

    private async Task<(IReadOnlyList<Member> Eligible, IReadOnlyList<Introduction> History)> LoadAsync(CancellationToken cancellationToken)
    {
        var all = await members.ListAsync(cancellationToken);
        var eligible = all.Where(reachability.IsProposable).ToList();
        return (eligible, await introductions.AllAsync(cancellationToken));
    }

    private static HashSet<string> ExcludedPairs(IReadOnlyList<Introduction> history) =>
        history.Select(i => Introduction.PairKey(i.First.MemberId, i.Second.MemberId)).ToHashSet(StringComparer.Ordinal);

    /// <summary>A member who declined their last three proposals without one yes gets one proposal per round.</summary>
    private int ProposalsFor(string memberId, IReadOnlyList<Introduction> history)
    {
        var answered = history
            .Where(i => i.Involves(memberId) && i.SideOf(memberId).Answer != IntroductionAnswer.Pending)
            .OrderByDescending(i => i.ProposedAt)
            .Take(3)
            .ToList();
        return answered.Count == 3 && answered.All(i => i.SideOf(memberId).Answer == IntroductionAnswer.NotNow)
            ? 1
            : options.Value.MaxProposalsPerRound;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Proposing {MemberId} and {CandidateId} failed; the round goes on")]
    private partial void LogProposalFailed(Exception exception, string memberId, string candidateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching round: {Eligible} eligible members, {Proposed} proposals in {ElapsedMs} ms")]
    private partial void LogRound(int eligible, int proposed, long elapsedMs);
}
