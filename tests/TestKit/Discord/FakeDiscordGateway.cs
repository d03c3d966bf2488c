using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace CultureHub.TestKit.Discord;

/// <summary>
/// The gateway half of the fake: Hello, Identify → READY, Resume → replay + RESUMED, heartbeat
/// ACKs, and levers for tests (drop the socket, op 7, op 9, close codes, stop acknowledging).
/// Payload shapes follow Discord's gateway documentation.
/// </summary>
public sealed class FakeDiscordGateway
{
    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly List<(long Seq, string Json)> _log = [];
    private WebSocket? _current;
    private int _connections;
    private long _sequence;
    private string _sessionId = string.Empty;

    /// <summary>
    /// Discord's own interval by default, so that tests which are not about heartbeats never see one:
    /// on a loaded machine a short interval lets a late ACK look like a zombie connection and
    /// reconnects the client in the middle of a test.
    /// </summary>
    public int HeartbeatIntervalMs { get; set; } = 41_250;

    public bool ShouldAcknowledgeHeartbeats { get; set; } = true;

    public ResumeBehavior ResumeBehavior { get; set; } = ResumeBehavior.Accept;

    /// <summary>When set, Identify is answered by closing with this code (4004: bad token).</summary>
    public int? IdentifyCloseCode { get; set; }

    public string ApplicationId { get; } = "1100000000000000001";

    public string Url { get; set; } = string.Empty;

    public ConcurrentQueue<RecordedFrame> Frames { get; } = new();

    public int ConnectionCount => Volatile.Read(ref _connections);

    public string SessionId => _sessionId;

    public IEnumerable<RecordedFrame> FramesWithOp(int op) => Frames.Where(f => f.Op == op);

    public async Task RunAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var connection = Interlocked.Increment(ref _connections);
        lock (_lock)
        {
            _current = socket;
        }

        await SendAsync(socket, new { op = 10, d = new { heartbeat_interval = HeartbeatIntervalMs } });
        var buffer = new byte[64 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var length = 0;
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(new ArraySegment<byte>(buffer, length, buffer.Length - length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                using var document = JsonDocument.Parse(Encoding.UTF8.GetString(buffer, 0, length));
                var op = document.RootElement.GetProperty("op").GetInt32();
                var data = document.RootElement.TryGetProperty("d", out var d) ? d.Clone() : default;
                Frames.Enqueue(new RecordedFrame(connection, op, data));
                await AnswerAsync(socket, op, data);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
        }
    }

    private async Task AnswerAsync(WebSocket socket, int op, JsonElement data)
    {
        switch (op)
        {
            case 1 when ShouldAcknowledgeHeartbeats:
                await SendAsync(socket, new { op = 11 });
                break;
            case 2 when IdentifyCloseCode is { } code:
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, "refused", CancellationToken.None);
                break;
            case 2:
                lock (_lock)
                {
                    _sessionId = Guid.NewGuid().ToString("N");
                    _sequence = 0;
                    _log.Clear();
                }

                await DispatchAsync("READY", new
                {
                    v = 10,
                    user = new { id = "1100000000000000002", username = "culturehub", discriminator = "0", bot = true },
                    guilds = Array.Empty<object>(),
                    session_id = _sessionId,
                    resume_gateway_url = Url,
                    application = new { id = ApplicationId, flags = 0 },
                });
                break;
            case 6:
                await ResumeAsync(socket, data);
                break;
        }
    }

    private async Task ResumeAsync(WebSocket socket, JsonElement data)
    {
        if (ResumeBehavior == ResumeBehavior.CloseSocket)
        {
            socket.Abort();
            return;
        }

        if (data.GetProperty("session_id").GetString() != _sessionId)
        {
            await SendAsync(socket, new { op = 9, d = false });
            return;
        }

        var after = data.GetProperty("seq").GetInt64();
        List<string> replay;
        lock (_lock)
        {
            replay = _log.Where(e => e.Seq > after).Select(e => e.Json).ToList();
        }

        foreach (var json in replay)
        {
            await SendRawAsync(socket, json);
        }

        await DispatchAsync("RESUMED", new { });
    }

    /// <summary>Sends an event with the next sequence; it is kept for replay even if no socket is open.</summary>
    public async Task<long> DispatchAsync(string type, object data)
    {
        WebSocket? socket;
        string json;
        long seq;
        lock (_lock)
        {
            seq = ++_sequence;
            json = JsonSerializer.Serialize(new { op = 0, s = seq, t = type, d = data });
            _log.Add((seq, json));
            socket = _current;
        }

        if (socket is { State: WebSocketState.Open })
        {
            try
            {
                await SendRawAsync(socket, json);
            }
            catch (WebSocketException)
            {
                // the client resumes and gets it replayed
            }
        }

        return seq;
    }

    public Task SendOpAsync(int op, object? data) => _current is { } socket ? SendAsync(socket, new { op, d = data }) : Task.CompletedTask;

    /// <summary>Kills the TCP connection without a close frame, like a network failure.</summary>
    public void DropConnection() => _current?.Abort();

    public Task CloseAsync(int code) =>
        _current is { } socket ? socket.CloseOutputAsync((WebSocketCloseStatus)code, "closed by test", CancellationToken.None) : Task.CompletedTask;

    private Task SendAsync(WebSocket socket, object payload) => SendRawAsync(socket, JsonSerializer.Serialize(payload));

    private async Task SendRawAsync(WebSocket socket, string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
