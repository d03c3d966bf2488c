using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Introductions;

/// <summary>
/// Due work derived from the database alone — proposals a crash kept from the outbox, expiry,
/// "did you meet?", "did something come of it?", the ghost pause. Each message is recorded in the
/// outbox under a key naming its intent before the step is marked done, so a step interrupted by
/// a crash runs again on the next sweep and sends nothing twice. Each introduction is swept on its
/// own: one that fails is logged and the others go on.
/// </summary>
public sealed partial class IntroductionSweeper(
    IIntroductionStore introductions,
    IMemberStore members,
    IntroductionService service,
    ChatDelivery delivery,
    IntroductionMessages messages,
    IOptions<IntroductionOptions> options,
    TimeProvider time,
    ILogger<IntroductionSweeper> logger) : IDueWork, IDisposable
{
    // One sweep at a time, whoever starts it (the scheduled job, a command, a test): two sweeps expiring the
    // same member's proposals side by side could each see the others as still open and miss the ghost pause.
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public Task RunAsync(CancellationToken cancellationToken) => SweepAsync(cancellationToken);

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            return await SweepOpenAsync(cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();

    private async Task<int> SweepOpenAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var done = 0;
        foreach (var introduction in await introductions.OpenAsync(cancellationToken))
        {
            try
            {
                done += introduction.State switch
                {
                    IntroductionState.Proposed when now >= introduction.ExpiresAt => await ExpireAsync(introduction, cancellationToken),
                    IntroductionState.Proposed when introduction.IsBeingProposed => await CompleteProposalAsync(introduction, cancellationToken),
                    IntroductionState.Accepted => await FollowUpAsync(introduction, now, cancellationToken),
                    _ => 0,
                };
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogSweepFailed(exception, introduction.Id);
            }
        }

        return done;
    }

    private async Task<int> CompleteProposalAsync(Introduction introduction, CancellationToken cancellationToken)
    {
        var first = await members.GetAsync(introduction.First.MemberId, cancellationToken);
        var second = await members.GetAsync(introduction.Second.MemberId, cancellationToken);
        if (first is null || second is null)
        {
            return 0;
        }

        await service.SendProposalsAsync(introduction, first, second, cancellationToken);
        LogProposalCompleted(introduction.Id);
        return 1;
    }

    /// <summary>
    /// The expiry is claimed first, atomically, so an answer that came in since this sweep read the
    /// introduction stands. Whether each side's proposal was delivered is recorded with it.
    /// </summary>
    private async Task<int> ExpireAsync(Introduction introduction, CancellationToken cancellationToken)
    {
        var firstDelivered = await WasDeliveredAsync(introduction, introduction.First.MemberId, cancellationToken);
        var secondDelivered = await WasDeliveredAsync(introduction, introduction.Second.MemberId, cancellationToken);
        var isExpired = false;
        var expired = await introductions.UpdateAsync(
            introduction.Id,
            current => (isExpired = current.State == IntroductionState.Proposed)
                ? current with
                {
                    State = IntroductionState.Expired,
                    First = current.First with { WasDelivered = current.First.Answer != IntroductionAnswer.Pending || firstDelivered },
                    Second = current.Second with { WasDelivered = current.Second.Answer != IntroductionAnswer.Pending || secondDelivered },
                }
                : null,
            cancellationToken);
        if (!isExpired || expired is null)
        {
            // Answered since this sweep read it: the answer stands.
            return 0;
        }

        foreach (var side in new[] { expired.First, expired.Second })
        {
            if (side.WasDelivered == false)
            {
                // An outdated proposal delivered late would only confuse.
                await delivery.WithdrawAsync(IntroductionService.ProposalKey(expired, side.MemberId), cancellationToken);
            }

            if (await members.GetAsync(side.MemberId, cancellationToken) is not { } member)
            {
                continue;
            }

            if (side.Answer == IntroductionAnswer.Yes)
            {
                var otherId = expired.OtherSideOf(side.MemberId).MemberId;
                var otherName = (await members.GetAsync(otherId, cancellationToken))?.DisplayName ?? "?";
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("expired", expired.Id, member.Id), Recipient.ForMember(member.Id),
                        messages.TextAbout(otherId, member.Language, TextKeys.IntroExpired, otherName)),
                    cancellationToken);
            }
            else if (side.Answer == IntroductionAnswer.Pending && side.WasDelivered == true)
            {
                await PauseIfGhostingAsync(member, cancellationToken);
            }
        }

        return 1;
    }

    private Task<bool> WasDeliveredAsync(Introduction introduction, string memberId, CancellationToken cancellationToken) =>
        delivery.WasDeliveredAsync(IntroductionService.ProposalKey(introduction, memberId), cancellationToken);

    /// <summary>Only proposals that reached the member count: one a platform never delivered was not ignored.</summary>
    private async Task PauseIfGhostingAsync(Member member, CancellationToken cancellationToken)
    {
        var limit = options.Value.GhostLimit;
        var recent = (await introductions.ForMemberAsync(member.Id, cancellationToken))
            .Where(i => i.State != IntroductionState.Proposed && i.SideOf(member.Id).WasDelivered != false)
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

        await delivery.SendAsync(
            new OutboundMessage(OutboundMessage.KeyOf("ghost", recent[0].Id, member.Id), Recipient.ForMember(member.Id), messages.Text(member.Language, TextKeys.IntroGhostPaused, limit)),
            cancellationToken);
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

        var first = await members.GetAsync(introduction.First.MemberId, cancellationToken);
        var second = await members.GetAsync(introduction.Second.MemberId, cancellationToken);
        if (first is not null && second is not null)
        {
            foreach (var (recipient, other) in new[] { (first, second), (second, first) })
            {
                var question = askOutcome ? messages.OutcomeQuestion(introduction, recipient, other) : messages.MetQuestion(introduction, recipient, other);
                var key = OutboundMessage.KeyOf("followup", askOutcome ? "outcome" : "met", introduction.Id, recipient.Id);
                await delivery.SendAsync(new OutboundMessage(key, Recipient.ForMember(recipient.Id), question), cancellationToken);
            }
        }

        // Marked after the questions are in the outbox: a crash in between asks again under the same keys, which sends nothing twice.
        await introductions.UpdateAsync(
            introduction.Id,
            current => askOutcome
                ? current.OutcomeAskedAt is null ? current with { OutcomeAskedAt = now, MetAskedAt = current.MetAskedAt ?? now } : null
                : current.MetAskedAt is null ? current with { MetAskedAt = now } : null,
            cancellationToken);
        return 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Matching paused for {MemberId} after unanswered proposals")]
    private partial void LogGhostPaused(string memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: proposals a crash interrupted are now in the outbox")]
    private partial void LogProposalCompleted(string introductionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sweeping introduction {IntroductionId} failed; the others go on")]
    private partial void LogSweepFailed(Exception exception, string introductionId);
}
