using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CultureHub.Discord.Gateway;

/// <summary>One frame from the gateway: a JSON payload or the close the server sent.</summary>
public sealed record GatewayMessage(string? Json, int? CloseCode)
{
    public bool IsClose => Json is null;
}

/// <summary>
/// One WebSocket to the gateway. Sends are serialised (heartbeats and commands share the socket);
/// <see cref="Abort"/> ends a hanging receive at once, which is how a zombie connection is left.
/// </summary>
public sealed class GatewayConnection : IAsyncDisposable
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public static async Task<GatewayConnection> OpenAsync(Uri url, CancellationToken cancellationToken)
    {
        var connection = new GatewayConnection();
        try
        {
            await connection._socket.ConnectAsync(url, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async Task SendAsync(object payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<GatewayMessage> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayMessage(null, (int?)_socket.CloseStatus ?? (int)WebSocketCloseStatus.Empty);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return new GatewayMessage(Encoding.UTF8.GetString(buffer.WrittenSpan), null);
            }
        }
    }

    /// <summary>Closes with a code other than 1000/1001 so the session stays resumable; never hangs.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            try
            {
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // the peer is gone or hanging; Abort below ends it either way
            }
        }

        Abort();
    }

    public void Abort() => _socket.Abort();

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
