using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Chat;

/// <summary>
/// Retries what the outbox holds: every pending message whose next attempt is due, each on its own
/// (one that fails or times out never stops the others), then purges old settled markers. Runs with
/// the due work, so after a restart the messages a crash interrupted go out on the first run.
/// </summary>
public sealed partial class OutboxDispatcher(
    IOutboxStore outbox,
    ChatDelivery delivery,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IDueWork
{
    private const int BatchSize = 500;

    public Task RunAsync(CancellationToken cancellationToken) => DispatchDueAsync(cancellationToken);

    /// <summary>Returns how many due messages were delivered in this run.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var item in await outbox.DueAsync(time.GetUtcNow(), BatchSize, cancellationToken))
        {
            try
            {
                if (await delivery.DeliverAsync(item.Key, cancellationToken) == DeliveryOutcome.Delivered)
                {
                    delivered++;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogItemFailed(exception, item.To.Kind);
            }
        }

        var purged = await outbox.PurgeSettledAsync(time.GetUtcNow().AddDays(-options.Value.KeepSettledDays), cancellationToken);
        if (delivered > 0 || purged > 0)
        {
            LogDispatched(delivered, purged);
        }

        return delivered;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Retrying an outbox message to a {Kind} failed")]
    private partial void LogItemFailed(Exception exception, RecipientKind kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox: {Delivered} retried messages delivered, {Purged} old markers purged")]
    private partial void LogDispatched(int delivered, int purged);
}
