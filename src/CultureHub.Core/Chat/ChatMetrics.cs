using System.Collections.Concurrent;

namespace CultureHub.Core.Chat;

/// <summary>Counters for operators (exposed as Prometheus text by the web host). No personal data.</summary>
public sealed class ChatMetrics
{
    private readonly ConcurrentDictionary<string, long> _counters = new(StringComparer.Ordinal);

    public void CountMessage(ChatPlatform platform) => Increment($"culturehub_messages_handled_total{{platform=\"{platform.ToString().ToLowerInvariant()}\"}}");

    public void CountError(ChatPlatform platform) => Increment($"culturehub_errors_total{{platform=\"{platform.ToString().ToLowerInvariant()}\"}}");

    public void Increment(string series, long by = 1) => _counters.AddOrUpdate(series, by, (_, value) => value + by);

    public void Set(string series, long value) => _counters[series] = value;

    public IReadOnlyDictionary<string, long> Snapshot() => new SortedDictionary<string, long>(_counters, StringComparer.Ordinal);
}
