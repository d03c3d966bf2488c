using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using CultureHub.Core.Chat;

namespace CultureHub.TestKit.Metrics;

/// <summary>
/// Sums what CultureHub's instruments record, keyed like the exported series
/// (<c>culturehub_llm_fallbacks_total{step="rerank"}</c>). It listens only to meters of one
/// <see cref="IMeterFactory"/> (a host's, or itself), so tests running in parallel do not count each other.
/// </summary>
public sealed class MeterRecorder : IMeterFactory
{
    private readonly ConcurrentDictionary<string, double> _values = new(StringComparer.Ordinal);
    private readonly List<Meter> _meters = [];
    private readonly MeterListener _listener = new();
    private readonly object _scope;

    /// <summary>Records the meters created by <paramref name="factory"/>; without one, the meters this recorder creates.</summary>
    public MeterRecorder(IMeterFactory? factory = null)
    {
        _scope = factory ?? this;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CultureHubMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, _scope))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public long Counter(string series) => (long)_values.GetValueOrDefault(series);

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        lock (_meters)
        {
            _meters.Add(meter);
        }

        return meter;
    }

    public void Dispose()
    {
        _listener.Dispose();
        lock (_meters)
        {
            _meters.ForEach(m => m.Dispose());
        }
    }

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var name = instrument is Counter<long> or Counter<double> ? instrument.Name + "_total" : instrument.Name;
        var labels = string.Join(',', tags.ToArray().Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key}=\"{t.Value}\"")));
        _values.AddOrUpdate(labels.Length == 0 ? name : $"{name}{{{labels}}}", value, (_, sum) => sum + value);
    }
}
