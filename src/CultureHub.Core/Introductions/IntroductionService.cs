using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
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
    IMeetingPlaces places,
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
                new OutboundMessage(ProposalKey(introduction, recipient.Id), Recipient.ForMember(recipient.Id), messages.Proposal(introduction, recipient, other)),
                cancellationToken);
        }

        var recorded = await introductions.UpdateAsync(introduction.Id, current => current.IsBeingProposed ? current with { IsBeingProposed = false } : null, cancellationToken)
            ?? introduction with { IsBeingProposed = false };
        await delivery.DeliverAsync(ProposalKey(introduction, first.Id), cancellationToken);
        await delivery.DeliverAsync(ProposalKey(introduction, second.Id), cancellationToken);
        return recorded;
    }

    public static string ProposalKey(Introduction introduction, string recipientId) => OutboundMessage.KeyOf("proposal", introduction.Id, recipientId);

    public async Task<(AnswerResult Result, Introduction? Introduction)> AnswerAsync(Member member, string introductionId, IntroductionAnswer answer, CancellationToken cancellationToken)
    {
        var proposed = await introductions.GetAsync(introductionId, cancellationToken);
        var other = proposed is null || !proposed.Involves(member.Id) ? null : await members.GetAsync(proposed.OtherSideOf(member.Id).MemberId, cancellationToken);
        var now = time.GetUtcNow();
        var isOpen = false;

        // Decided on the introduction as stored at this moment: when both answer at once, the second sees the first's yes.
        var introduction = await introductions.UpdateAsync(introductionId, current =>
        {
            isOpen = current.Involves(member.Id) && current.State == IntroductionState.Proposed && current.SideOf(member.Id).Answer == IntroductionAnswer.Pending;
            return isOpen ? Answered(current, member.Id, answer, other is not null, now) : null;
        }, cancellationToken);
        if (!isOpen || introduction is null)
        {
            return (AnswerResult.NotOpen, introduction);
        }

        if (introduction.State is IntroductionState.Declined or IntroductionState.Blocked)
        {
            if (other is not null && introduction.SideOf(other.Id).Answer == IntroductionAnswer.Yes)
            {
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("declined", introduction.Id, other.Id), Recipient.ForMember(other.Id),
                        messages.TextAbout(member.Id, other.Language, TextKeys.IntroDidNotWorkOut, member.DisplayName)),
                    cancellationToken);
            }

            return (AnswerResult.Closed, introduction);
        }

        if (introduction.State != IntroductionState.Accepted)
        {
            return (AnswerResult.Recorded, introduction);
        }

        introduction = await OpenAsync(introduction, member, other!, cancellationToken);
        return (AnswerResult.Opened, introduction);
    }

    private static Introduction Answered(Introduction current, string memberId, IntroductionAnswer answer, bool isOtherThere, DateTimeOffset now)
    {
        var answered = current.WithSide(current.SideOf(memberId) with { Answer = answer, AnsweredAt = now });
        return answer != IntroductionAnswer.Yes || !isOtherThere
            ? answered with { State = answer == IntroductionAnswer.Blocked ? IntroductionState.Blocked : IntroductionState.Declined }
            : answered.OtherSideOf(memberId).Answer == IntroductionAnswer.Yes
                ? answered with { State = IntroductionState.Accepted, AcceptedAt = now }
                : answered;
    }

    private async Task<Introduction> OpenAsync(Introduction introduction, Member member, Member other, CancellationToken cancellationToken)
    {
        var first = member.Id == introduction.First.MemberId ? member : other;
        var second = first == member ? other : member;
        var meeting = await places.HintAsync([first, second], cancellationToken);
        var outcome = await delivery.OpenConversationAsync(
            introduction.Id, (first, messages.Introduction(first, second, meeting)), (second, messages.Introduction(second, first, meeting)), cancellationToken);
        var isRelay = outcome != PrivateConversationOutcome.Opened;
        if (isRelay)
        {
            foreach (var (recipient, partner) in new[] { (first, second), (second, first) })
            {
                await delivery.SendAsync(
                    new OutboundMessage(OutboundMessage.KeyOf("introduced", introduction.Id, recipient.Id), Recipient.ForMember(recipient.Id),
                        messages.RelayIntroduction(recipient, partner, meeting)),
                    cancellationToken);
            }
        }

        var opened = await introductions.UpdateAsync(introduction.Id, current => current with { IsRelayActive = isRelay }, cancellationToken)
            ?? introduction with { IsRelayActive = isRelay };
        LogOpened(introduction.Id, isRelay);
        return opened;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} proposed ({Origin})")]
    private partial void LogProposed(string introductionId, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} opened (relay: {IsRelay})")]
    private partial void LogOpened(string introductionId, bool isRelay);
}
