using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Chat;

/// <summary>
/// The one way out for messages the core starts itself (proposals, introductions, relays,
/// reminders, follow-ups, workshop notices, staff notices, announcements). Every message is written
/// to the outbox under its intent key before the first attempt, each attempt runs with a timeout,
/// failures are retried by <see cref="OutboxDispatcher"/> after the shared <see cref="IRetryBackoff"/>,
/// and only here is a member's reachability recorded — from what the platforms answer or report.
/// </summary>
public sealed partial class ChatDelivery(
    IEnumerable<IChatChannel> channels,
    IMemberStore members,
    IOutboxStore outbox,
    IOptions<DeliveryOptions> options,
    IRetryBackoff backoff,
    CultureHubMetrics metrics,
    TimeProvider time,
    ILogger<ChatDelivery> logger)
{
    private readonly Dictionary<ChatPlatform, IChatChannel> _channels = channels.ToDictionary(c => c.Platform);
    private readonly HashSet<ChatPlatform> _platforms = channels.Select(c => c.Platform).ToHashSet();
    private readonly KeyedLock _items = new();

    /// <summary>The identity the core should use to reach the member, or null when none works.</summary>
    public PlatformIdentity? ReachableIdentity(Member member) =>
        ChatReachability.FirstReachable(_platforms, member);

    /// <summary>Records the message without trying it; false when its key was already known (sent or on its way).</summary>
    public Task<bool> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        outbox.TryAddAsync(OutboxItem.From(message, time.GetUtcNow()), cancellationToken);

    /// <summary>Records the message and tries it at once. <see cref="DeliveryOutcome.Queued"/>: the outbox tries again later.</summary>
    public async Task<DeliveryOutcome> SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        await EnqueueAsync(message, cancellationToken);
        return await DeliverAsync(message.Key, cancellationToken);
    }

    /// <summary>Whether a message with this key was ever recorded (the marker outlives the text).</summary>
    public async Task<bool> IsKnownAsync(string key, CancellationToken cancellationToken) =>
        await outbox.GetAsync(key, cancellationToken) is not null;

    public async Task<bool> WasDeliveredAsync(string key, CancellationToken cancellationToken) =>
        (await outbox.GetAsync(key, cancellationToken))?.State == OutboxState.Delivered;

    /// <summary>
    /// Tries a recorded message now unless it has settled. One attempt per key at a time, so the
    /// dispatcher and a caller never hand the same message to a platform twice.
    /// </summary>
    public async Task<DeliveryOutcome> DeliverAsync(string key, CancellationToken cancellationToken)
    {
        using var held = await _items.AcquireAsync(key, cancellationToken);
        var item = await outbox.GetAsync(key, cancellationToken);
        if (item is null)
        {
            return DeliveryOutcome.Unreachable;
        }

        if (item.IsSettled)
        {
            return OutcomeOf(item.State);
        }

        var (outcome, platform) = await AttemptAsync(item, cancellationToken);
        var settled = Settle(item, outcome, platform, time.GetUtcNow());
        await outbox.SaveAsync(settled, cancellationToken);
        return OutcomeOf(settled.State);
    }

    /// <summary>Stops a message that is still waiting for its next attempt (it lost its point); a settled one stays as it is.</summary>
    public async Task WithdrawAsync(string key, CancellationToken cancellationToken)
    {
        using var held = await _items.AcquireAsync(key, cancellationToken);
        if (await outbox.GetAsync(key, cancellationToken) is { IsSettled: false } item)
        {
            await outbox.SaveAsync(item with { State = OutboxState.Withdrawn, Message = null, SettledAt = time.GetUtcNow() }, cancellationToken);
        }
    }

    /// <summary>
    /// Asks the platform both members share to bring them together privately. NeedsRelay when they
    /// share none or the platform cannot; the caller then sends the introductions through the outbox.
    /// </summary>
    public async Task<PrivateConversationOutcome> OpenConversationAsync(
        string introductionId, (Member Member, ChatReply Introduction) first, (Member Member, ChatReply Introduction) second, CancellationToken cancellationToken)
    {
        var firstIdentity = ReachableIdentity(first.Member);
        var secondIdentity = ReachableIdentity(second.Member);
        if (firstIdentity is null || secondIdentity is null || firstIdentity.Platform != secondIdentity.Platform
            || !_channels.TryGetValue(firstIdentity.Platform, out var channel))
        {
            return PrivateConversationOutcome.NeedsRelay;
        }

        var request = new PrivateConversationRequest(
            introductionId, Participant(first, firstIdentity), Participant(second, secondIdentity));
        try
        {
            return await WithinTimeoutAsync(token => channel.OpenPrivateConversationAsync(request, token), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogOpenFailed(exception, introductionId);
            return PrivateConversationOutcome.Failed;
        }
    }

    private static ConversationParticipant Participant((Member Member, ChatReply Introduction) side, PlatformIdentity identity) =>
        new(side.Member.Id, identity, side.Member.DisplayName, side.Member.Username, side.Member.AllowsDirectLink, side.Introduction);

    private static DeliveryOutcome OutcomeOf(OutboxState state) => state switch
    {
        OutboxState.Delivered => DeliveryOutcome.Delivered,
        OutboxState.Unreachable => DeliveryOutcome.Unreachable,
        OutboxState.Pending => DeliveryOutcome.Queued,
        _ => DeliveryOutcome.Failed,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Introduction {IntroductionId}: the platform could not open a conversation")]
    private partial void LogOpenFailed(Exception exception, string introductionId);
}
