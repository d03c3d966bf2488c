namespace CultureHub.Discord.Gateway;

/// <summary>
/// The heartbeat of one connection, created fresh on every Hello. It is also the liveness check:
/// a heartbeat not acknowledged before the next one is due marks the connection a zombie and
/// aborts it, because a receive on a dead socket may never return.
/// </summary>
public sealed class Heartbeater(GatewayConnection connection, GatewaySession session, TimeSpan interval, TimeProvider time)
{
    private volatile bool _isAcknowledged = true;

    public bool IsZombie { get; private set; }

    public void Acknowledge() => _isAcknowledged = true;

    /// <summary>The gateway asked for a heartbeat (op 1): send one at once.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(new { op = 1, d = session.Sequence }, cancellationToken);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            // the jitter spreads reconnecting clients so they do not all beat at once
            await Task.Delay(interval * Random.Shared.NextDouble(), time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!_isAcknowledged)
                {
                    IsZombie = true;
                    await connection.CloseAsync(GatewayCloseCodes.Reconnecting, "heartbeat not acknowledged");
                    return;
                }

                _isAcknowledged = false;
                await BeatNowAsync(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            // the socket died under us; the receive side notices and reconnects
            connection.Abort();
        }
    }
}
