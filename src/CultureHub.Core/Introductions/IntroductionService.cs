using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Projects;
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
    MeetingPlaces places,
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
        };
        await introductions.SaveAsync(introduction, cancellationToken);
        await delivery.SendAsync(first, messages.Proposal(introduction, first, second), cancellationToken);
        await delivery.SendAsync(second, messages.Proposal(introduction, second, first), cancellationToken);
        LogProposed(introduction.Id, origin);
        return introduction;
    }

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
                await delivery.SendAsync(other, messages.TextAbout(member.Id, other.Language, "intro.did_not_work_out", member.DisplayName), cancellationToken);
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
        var meeting = await places.SuggestAsync([first, second], cancellationToken);
        var outcome = PrivateConversationOutcome.NeedsRelay;
        var firstIdentity = delivery.ReachableIdentity(first);
        var secondIdentity = delivery.ReachableIdentity(second);
        if (firstIdentity is not null && secondIdentity is not null && firstIdentity.Platform == secondIdentity.Platform
            && delivery.ChannelFor(firstIdentity.Platform) is { } channel)
        {
            var request = new PrivateConversationRequest(
                introduction.Id,
                Participant(first, firstIdentity, messages.Introduction(first, second, meeting)),
                Participant(second, secondIdentity, messages.Introduction(second, first, meeting)));
            outcome = await channel.OpenPrivateConversationAsync(request, cancellationToken);
        }

        var isRelay = outcome != PrivateConversationOutcome.Opened;
        if (isRelay)
        {
            await delivery.SendAsync(first, messages.RelayIntroduction(first, second, meeting), cancellationToken);
            await delivery.SendAsync(second, messages.RelayIntroduction(second, first, meeting), cancellationToken);
        }

        var opened = await introductions.UpdateAsync(introduction.Id, current => current with { IsRelayActive = isRelay }, cancellationToken)
            ?? introduction with { IsRelayActive = isRelay };
        LogOpened(introduction.Id, isRelay);
        return opened;
    }

    private static ConversationParticipant Participant(Member member, PlatformIdentity identity, ChatReply introduction) =>
        new(member.Id, identity, member.DisplayName, member.Username, member.AllowsDirectLink, introduction);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} proposed ({Origin})")]
    private partial void LogProposed(string introductionId, string origin);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} opened (relay: {IsRelay})")]
    private partial void LogOpened(string introductionId, bool isRelay);
}
