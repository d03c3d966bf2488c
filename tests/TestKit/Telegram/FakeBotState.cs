using System.Text.Json.Nodes;

namespace CultureHub.TestKit.Telegram;

public sealed record FakeBotFailure(string Method, long? ChatId, int ErrorCode, string Description, int? RetryAfter);

/// <summary>The fake's memory: queued updates, recorded requests, planned failures.</summary>
internal sealed class FakeBotState(string token, FakeTelegramUser bot)
{
    private readonly Lock _gate = new();
    private readonly List<JsonObject> _updates = [];
    private readonly List<FakeBotRequest> _requests = [];
    private readonly List<FakeBotFailure> _failures = [];
    private readonly List<(string Method, TimeSpan Duration)> _hangs = [];
    private readonly Dictionary<long, TaskCompletionSource> _heldChats = [];
    private readonly HashSet<long> _answered = [];
    private readonly CancellationTokenSource _closed = new();
    private TaskCompletionSource _changed = NewSignal();
    private int _nextUpdateId = 100_000;
    private long _sequence;

    public string Token => token;

    public FakeTelegramUser Bot => bot;

    public TimeSpan LongPollWait { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan SendDelay { get; set; } = TimeSpan.Zero;

    public CancellationToken Closed => _closed.Token;

    public int Enqueue(JsonObject update)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            var stamped = new JsonObject { ["update_id"] = id };
            foreach (var (key, value) in update)
            {
                stamped[key] = value?.DeepClone();
            }

            _updates.Add(stamped);
            Signal();
            return id;
        }
    }

    /// <summary>Serves an update again under its old id, as Telegram does for one whose offset was never confirmed.</summary>
    public void Redeliver(int updateId, JsonObject update)
    {
        lock (_gate)
        {
            var stamped = new JsonObject { ["update_id"] = updateId };
            foreach (var (key, value) in update)
            {
                stamped[key] = value?.DeepClone();
            }

            _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() == updateId);
            _updates.Insert(_updates.FindIndex(u => u["update_id"]!.GetValue<int>() > updateId) is var at and >= 0 ? at : _updates.Count, stamped);
            Signal();
        }
    }

    public FakeBotRequest Record(string method, JsonObject parameters)
    {
        lock (_gate)
        {
            var request = new FakeBotRequest(++_sequence, method, parameters);
            _requests.Add(request);
            Signal();
            return request;
        }
    }

    public IReadOnlyList<FakeBotRequest> Snapshot()
    {
        lock (_gate)
        {
            return [.. _requests];
        }
    }

    public void AddFailure(FakeBotFailure failure)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }
    }

    public FakeBotFailure? TakeFailure(string method, long? chatId)
    {
        lock (_gate)
        {
            var failure = _failures.FirstOrDefault(f => f.Method == method && (f.ChatId is null || f.ChatId == chatId));
            if (failure is not null)
            {
                _failures.Remove(failure);
            }

            return failure;
        }
    }

    public void AddHang(string method, TimeSpan duration)
    {
        lock (_gate)
        {
            _hangs.Add((method, duration));
        }
    }

    public TimeSpan? TakeHang(string method)
    {
        lock (_gate)
        {
            var index = _hangs.FindIndex(h => h.Method == method);
            if (index < 0)
            {
                return null;
            }

            var hang = _hangs[index];
            _hangs.RemoveAt(index);
            return hang.Duration;
        }
    }

    public void Hold(long chatId)
    {
        lock (_gate)
        {
            _heldChats.TryAdd(chatId, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        }
    }

    public void Release(long chatId)
    {
        lock (_gate)
        {
            if (_heldChats.Remove(chatId, out var held))
            {
                held.TrySetResult();
            }
        }
    }

    /// <summary>Completes when the chat is not held (or at once for chats never held).</summary>
    public Task WhileHeldAsync(long? chatId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return chatId is { } id && _heldChats.TryGetValue(id, out var held) ? held.Task.WaitAsync(cancellationToken) : Task.CompletedTask;
        }
    }

    /// <summary>Telegram semantics: asking from <paramref name="offset"/> confirms (forgets) every update below it.</summary>
    /// <summary>Forgets the updates below <paramref name="offset"/>, as Telegram does when a poll confirms them.</summary>
    public void Confirm(int? offset)
    {
        lock (_gate)
        {
            if (offset is { } from)
            {
                _updates.RemoveAll(u => u["update_id"]!.GetValue<int>() < from);
            }
        }
    }

    /// <summary>The pending updates from <paramref name="offset"/> on (confirming nothing).</summary>
    public JsonArray Take(int? offset, int limit)
    {
        lock (_gate)
        {
            return new JsonArray([.. _updates
                .Where(u => offset is not { } from || u["update_id"]!.GetValue<int>() >= from)
                .Take(Math.Clamp(limit, 1, 100))
                .Select(u => u.DeepClone())]);
        }
    }

    public Task NextRequestAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _changed.Task.WaitAsync(cancellationToken);
        }
    }

    public void Close()
    {
        _closed.Cancel();
        lock (_gate)
        {
            foreach (var chatId in _heldChats.Keys.ToList())
            {
                Release(chatId);
            }
        }
    }

    /// <summary>The request got its successful answer: for a message, the member saw it.</summary>
    public void MarkAnswered(FakeBotRequest request)
    {
        lock (_gate)
        {
            _answered.Add(request.Sequence);
        }
    }

    public bool WasAnswered(FakeBotRequest request)
    {
        lock (_gate)
        {
            return _answered.Contains(request.Sequence);
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
