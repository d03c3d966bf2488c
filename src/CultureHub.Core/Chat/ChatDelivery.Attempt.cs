using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Chat;

/// <summary>One attempt at one outbox item, and what the outbox remembers of it.</summary>
public sealed partial class ChatDelivery
{
    private async Task<(DeliveryOutcome Outcome, ChatPlatform? Platform)> AttemptAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var message = item.Message ?? new ChatReply(string.Empty);
        switch (item.To.Kind)
        {
            case RecipientKind.Member:
                return await ToMemberAsync(item, message, cancellationToken);
            case RecipientKind.Identity when PlatformIdentity.TryParse(item.To.Key, out var identity) && _channels.TryGetValue(identity.Platform, out var channel):
                var outcome = await TryAsync(item.Key, token => channel.SendAsync(identity, message, token), cancellationToken);
                if (outcome == DeliveryOutcome.Unreachable)
                {
                    await ReportUnreachableAsync(identity, cancellationToken);
                }

                return (outcome, identity.Platform);
            case RecipientKind.Space when PlatformIdentity.TryParse(item.To.Key, out var space) && _channels.TryGetValue(space.Platform, out var channel):
                return (await TryAsync(item.Key, token => channel.PostToSpaceAsync(space.UserId, message, token), cancellationToken), space.Platform);
            default:
                return (DeliveryOutcome.Unreachable, null);
        }
    }

    /// <summary>The member's platforms in their order; one that reports them unreachable is recorded and the next tried.</summary>
    private async Task<(DeliveryOutcome, ChatPlatform?)> ToMemberAsync(OutboxItem item, ChatReply message, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(item.To.Key, cancellationToken);
        foreach (var identity in member?.Identities ?? [])
        {
            if (!member!.IsReachableOn(identity.Platform) || !_channels.TryGetValue(identity.Platform, out var channel))
            {
                continue;
            }

            var outcome = await TryAsync(item.Key, token => channel.SendAsync(identity, message, token), cancellationToken);
            if (outcome != DeliveryOutcome.Unreachable)
            {
                return (outcome, identity.Platform);
            }

            member = await MarkUnreachableAsync(member, identity.Platform, cancellationToken);
        }

        return (DeliveryOutcome.Unreachable, null);
    }

    /// <summary>A timeout or an adapter's exception is a failed attempt, never the caller's problem; shutting down is.</summary>
    private async Task<DeliveryOutcome> TryAsync(string key, Func<CancellationToken, Task<DeliveryOutcome>> send, CancellationToken cancellationToken)
    {
        try
        {
            return await WithinTimeoutAsync(send, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogTimedOut(OutboundMessage.PurposeOf(key), options.Value.AttemptTimeoutSeconds);
            return DeliveryOutcome.Failed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogAttemptFailed(exception, OutboundMessage.PurposeOf(key));
            return DeliveryOutcome.Failed;
        }
    }

    /// <summary>
    /// One call under the attempt timeout, on the injected clock so tests advance it instead of
    /// waiting. Cancellation is cooperative: a call that ignores its token is still awaited, so an
    /// abandoned send can never complete behind the outbox's back.
    /// </summary>
    private async Task<T> WithinTimeoutAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(options.Value.AttemptTimeout, time);
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await call(attempt.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException();
        }
    }

    private OutboxItem Settle(OutboxItem item, DeliveryOutcome outcome, ChatPlatform? platform, DateTimeOffset now)
    {
        var attempts = item.Attempts + 1;
        var purpose = OutboundMessage.PurposeOf(item.Key);
        switch (outcome)
        {
            case DeliveryOutcome.Delivered:
                metrics.CountOutboxAttempt("delivered");
                return item with { State = OutboxState.Delivered, Message = null, Attempts = attempts, SettledAt = now, DeliveredOn = platform };
            case DeliveryOutcome.Unreachable:
                metrics.CountOutboxAttempt("unreachable");
                LogUnreachableRecipient(purpose, item.To.Kind);
                return item with { State = OutboxState.Unreachable, Message = null, Attempts = attempts, SettledAt = now };
            case var _ when attempts >= options.Value.MaxAttempts:
                metrics.CountOutboxAttempt("dead_lettered");
                LogDeadLettered(purpose, attempts);
                return item with { State = OutboxState.DeadLettered, Attempts = attempts, SettledAt = now };
            default:
                metrics.CountOutboxAttempt("retry");
                var next = now + backoff.After(attempts, options.Value.FirstRetry, options.Value.MaxRetryDelay);
                LogRetryScheduled(purpose, attempts, next);
                return item with { Attempts = attempts, NextAttemptAt = next };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a {Purpose} message timed out after {Seconds} s")]
    private partial void LogTimedOut(string purpose, int seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a {Purpose} message failed")]
    private partial void LogAttemptFailed(Exception exception, string purpose);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Purpose} message could not be delivered: the {Kind} cannot be reached")]
    private partial void LogUnreachableRecipient(string purpose, RecipientKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Purpose} message failed {Attempts} times; next attempt at {NextAttemptAt:O}")]
    private partial void LogRetryScheduled(string purpose, int attempts, DateTimeOffset nextAttemptAt);

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Purpose} message failed {Attempts} times and was dead-lettered")]
    private partial void LogDeadLettered(string purpose, int attempts);
}
