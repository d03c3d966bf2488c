using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Introductions;

public enum AnswerResult
{
    Recorded,
    Opened,
    Closed,
    NotOpen,
}

/// <summary>
/// Double opt-in introductions: both sides see who the other is and why, and only when both said
/// yes does the core ask the platforms to open a private conversation (or relay between them).
/// </summary>
public sealed partial class IntroductionService(
    IIntroductionStore introductions,
    IMemberStore members,
    ChatDelivery delivery,
    IntroductionMessages messages,
    IOptions<IntroductionOptions> options,
    TimeProvider time,
    ILogger<IntroductionService> logger)
{
    public async Task<Introduction> ProposeAsync(Member first, Member second, MatchCandidate match, string origin, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var introduction = new Introduction
        {
            Id = "i" + Guid.NewGuid().ToString("N")[..16],
            First = new IntroductionSide(first.Id, IntroductionAnswer.Pending, match.WhyForMember),
            Second = new IntroductionSide(second.Id, IntroductionAnswer.Pending, match.WhyForCandidate),
            Score = match.Score,
            IsMutual = match.IsMutual,
            IsCrossSector = match.IsCrossSector,
            NeedId = match.NeedId,
            OfferId = match.OfferId,
            DistanceKm = match.DistanceKm is { } km ? (int)Math.Round(km) : null,
            FirstSectors = first.Sectors.Select(s => s.Id()).ToList(),
            SecondSectors = second.Sectors.Select(s => s.Id()).ToList(),
            Origin = origin,
            ProposedAt = now,
            ExpiresAt = now.AddDays(options.Value.ProposalLifetimeDays),
            IsBeingProposed = true,
        };
        await introductions.SaveAsync(introduction, cancellationToken);
        introduction = await SendProposalsAsync(introduction, first, second, cancellationToken);
        LogProposed(introduction.Id, origin);
        return introduction;
    }

    /// <summary>
    /// Both proposals, each under its own key: called again for an introduction whose proposals a
    /// crash kept from being recorded, it sends only what is missing.
    /// </summary>
    public async Task<Introduction> SendProposalsAsync(Introduction introduction, Member first, Member second, CancellationToken cancellationToken)
    {
        foreach (var (recipient, other) in new[] { (first, second), (second, first) })
        {
            await delivery.EnqueueAsync(
                new OutboundMessage(ProposalKey(introduction, recipient.Id), Recipient.ForMember(recipient.Id), messages.Proposal(introduction, recipient, other), [other.Id]),
                cancellationToken);
        }

        var recorded = introduction with { IsBeingProposed = false };
        await introductions.SaveAsync(recorded, cancellationToken);
        await delivery.DeliverAsync(ProposalKey(introduction, first.Id), cancellationToken);
        await delivery.DeliverAsync(ProposalKey(introduction, second.Id), cancellationToken);
        return recorded;
    }

    public static string ProposalKey(Introduction introduction, string recipientId) => OutboundMessage.KeyOf("proposal", introduction.Id, recipientId);

    public async Task<(AnswerResult Result, Introduction? Introduction)> AnswerAsync(Member member, string introductionId, IntroductionAnswer answer, CancellationToken cancellationToken)
    {
        var introduction = await introductions.GetAsync(introductionId, cancellationToken);
        if (introduction is null || !introduction.Involves(member.Id) || introduction.State != IntroductionState.Proposed
            || introduction.SideOf(member.Id).Answer != IntroductionAnswer.Pending)
        {
            return (AnswerResult.NotOpen, introduction);
        }

        var now = time.GetUtcNow();
        introduction = introduction.WithSide(introduction.SideOf(member.Id) with { Answer = answer, AnsweredAt = now });
        var other = await members.GetAsync(introduction.OtherSideOf(member.Id).MemberId, cancellationToken);
        if (answer != IntroductionAnswer.Yes || other is null)
        {
            introduction = introduction with { State = answer == IntroductionAnswer.Blocked ? IntroductionState.Blocked : IntroductionState.Declined };
            await introductions.SaveAsync(introduction, cancellationToken);
            if (other is not null && introduction.SideOf(other.Id).Answer == IntroductionAnswer.Yes)
            {
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("declined", introduction.Id, other.Id), Recipient.ForMember(other.Id),
                        messages.Text(other.Language, "intro.did_not_work_out", member.DisplayName), [member.Id]),
                    cancellationToken);
            }

            return (AnswerResult.Closed, introduction);
        }

        if (introduction.OtherSideOf(member.Id).Answer != IntroductionAnswer.Yes)
        {
            await introductions.SaveAsync(introduction, cancellationToken);
            return (AnswerResult.Recorded, introduction);
        }

        introduction = await OpenAsync(introduction with { State = IntroductionState.Accepted, AcceptedAt = now }, member, other, cancellationToken);
        return (AnswerResult.Opened, introduction);
    }

    private async Task<Introduction> OpenAsync(Introduction introduction, Member member, Member other, CancellationToken cancellationToken)
    {
        var first = member.Id == introduction.First.MemberId ? member : other;
        var second = first == member ? other : member;
        var outcome = await delivery.OpenConversationAsync(
            introduction.Id, (first, messages.Introduction(first, second)), (second, messages.Introduction(second, first)), cancellationToken);
        var isRelay = outcome != PrivateConversationOutcome.Opened;
        if (isRelay)
        {
            foreach (var (recipient, partner) in new[] { (first, second), (second, first) })
            {
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("introduced", introduction.Id, recipient.Id), Recipient.ForMember(recipient.Id),
                        messages.RelayIntroduction(recipient, partner), [partner.Id]),
                    cancellationToken);
            }
        }

        var opened = introduction with { IsRelayActive = isRelay };
        await introductions.SaveAsync(opened, cancellationToken);
        LogOpened(introduction.Id, isRelay);
        return opened;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} proposed ({Origin})")]
    private partial void LogProposed(string introductionId, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} opened (relay: {IsRelay})")]
    private partial void LogOpened(string introductionId, bool isRelay);
}
