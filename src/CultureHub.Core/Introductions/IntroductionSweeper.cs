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
        var isExpired = false;
        var expired = await introductions.UpdateAsync(
            introduction.Id,
            current => (isExpired = current.State == IntroductionState.Proposed) ? current with { State = IntroductionState.Expired } : null,
            cancellationToken);
        if (!isExpired || expired is null)
        {
            // Answered since this sweep read it: the answer stands.
            return 0;
        }

        introduction = expired;
        foreach (var side in new[] { introduction.First, introduction.Second })
        {
            var member = await members.GetAsync(side.MemberId, cancellationToken);
            if (member is null)
            {
                continue;
            }

            if (side.Answer == IntroductionAnswer.Yes)
            {
                var otherId = introduction.OtherSideOf(side.MemberId).MemberId;
                var otherName = (await members.GetAsync(otherId, cancellationToken))?.DisplayName ?? "?";
                await delivery.SendAsync(member, messages.TextAbout(otherId, member.Language, "intro.expired", otherName), cancellationToken);
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

        var wasRunning = false;
        await members.UpdateAsync(
            member.Id,
            current => (wasRunning = !current.IsMatchingPaused) ? current with { IsMatchingPaused = true, UpdatedAt = time.GetUtcNow() } : null,
            cancellationToken);
        if (!wasRunning)
        {
            return;
        }

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

        var isDue = false;
        await introductions.UpdateAsync(introduction.Id, current =>
        {
            // Asked already by another sweep since this one read it: not twice.
            isDue = askOutcome ? current.OutcomeAskedAt is null : current.MetAskedAt is null;
            return !isDue ? null
                : askOutcome ? current with { OutcomeAskedAt = now, MetAskedAt = current.MetAskedAt ?? now }
                : current with { MetAskedAt = now };
        }, cancellationToken);
        if (!isDue)
        {
            return 0;
        }

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
