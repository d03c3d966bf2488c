using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Introductions;

/// <summary>
/// Due work derived from the database alone — expiry, "did you meet?", "did something come of it?",
/// the ghost pause — so a restart loses nothing and sends nothing twice: each step is marked done
/// in the same record before the next sweep sees it.
/// </summary>
public sealed partial class IntroductionSweeper(
    IIntroductionStore introductions,
    IMemberStore members,
    ChatDelivery delivery,
    IntroductionMessages messages,
    IOptions<IntroductionOptions> options,
    TimeProvider time,
    ILogger<IntroductionSweeper> logger) : IDueWork
{
    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = 0;
        foreach (var introduction in await introductions.OpenAsync(cancellationToken))
        {
            done += introduction.State switch
            {
                IntroductionState.Proposed when now >= introduction.ExpiresAt => await ExpireAsync(introduction, cancellationToken),
                IntroductionState.Accepted => await FollowUpAsync(introduction, now, cancellationToken),
                _ => 0,
            };
        }

        return done;
    }

    private async Task<int> ExpireAsync(Introduction introduction, CancellationToken cancellationToken)
    {
        await introductions.SaveAsync(introduction with { State = IntroductionState.Expired }, cancellationToken);
        foreach (var side in new[] { introduction.First, introduction.Second })
        {
            var member = await members.GetAsync(side.MemberId, cancellationToken);
            if (member is null)
            {
                continue;
            }

            if (side.Answer == IntroductionAnswer.Yes)
            {
                var otherName = (await members.GetAsync(introduction.OtherSideOf(side.MemberId).MemberId, cancellationToken))?.DisplayName ?? "?";
                await delivery.SendAsync(member, messages.Text(member.Language, "intro.expired", otherName), cancellationToken);
            }
            else if (side.Answer == IntroductionAnswer.Pending)
            {
                await PauseIfGhostingAsync(member, cancellationToken);
            }
        }

        return 1;
    }

    private async Task PauseIfGhostingAsync(Member member, CancellationToken cancellationToken)
    {
        var limit = options.Value.GhostLimit;
        var recent = (await introductions.ForMemberAsync(member.Id, cancellationToken))
            .Where(i => i.State != IntroductionState.Proposed)
            .OrderByDescending(i => i.ProposedAt)
            .Take(limit)
            .ToList();
        var isGhosting = recent.Count == limit
            && recent.All(i => i.State == IntroductionState.Expired && i.SideOf(member.Id).Answer == IntroductionAnswer.Pending);
        if (!isGhosting || member.IsMatchingPaused)
        {
            return;
        }

        await members.UpsertAsync(member with { IsMatchingPaused = true, UpdatedAt = time.GetUtcNow() }, cancellationToken);
        await delivery.SendAsync(member, messages.Text(member.Language, "intro.ghost_paused", limit), cancellationToken);
        LogGhostPaused(member.Id);
    }

    private async Task<int> FollowUpAsync(Introduction introduction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var accepted = introduction.AcceptedAt ?? introduction.ProposedAt;
        var askMet = introduction.MetAskedAt is null && now >= accepted.AddDays(options.Value.MetFollowUpDays);
        var askOutcome = introduction.OutcomeAskedAt is null && now >= accepted.AddDays(options.Value.OutcomeFollowUpDays);
        if (!askMet && !askOutcome)
        {
            return 0;
        }

        var updated = askOutcome
            ? introduction with { OutcomeAskedAt = now, MetAskedAt = introduction.MetAskedAt ?? now }
            : introduction with { MetAskedAt = now };
        await introductions.SaveAsync(updated, cancellationToken);
        var first = await members.GetAsync(introduction.First.MemberId, cancellationToken);
        var second = await members.GetAsync(introduction.Second.MemberId, cancellationToken);
        if (first is null || second is null)
        {
            return 1;
        }

        foreach (var (recipient, other) in new[] { (first, second), (second, first) })
        {
            var question = askOutcome ? messages.OutcomeQuestion(introduction, recipient, other) : messages.MetQuestion(introduction, recipient, other);
            await delivery.SendAsync(recipient, question, cancellationToken);
        }

        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching paused for {MemberId} after unanswered proposals")]
    private partial void LogGhostPaused(string memberId);
}
