namespace CultureHub.Resilience;

public enum AdapterState
{
    /// <summary>Starting, or reconnecting after the connection dropped.</summary>
    Connecting,

    Running,

    /// <summary>Failed unexpectedly; waits out the backoff, then starts again.</summary>
    Restarting,

    /// <summary>Stopped for good (a refused token, a setting the platform rejects); the rest of the host runs on.</summary>
    Stopped,
}

/// <summary>What one adapter is doing right now, for readiness. Reasons never carry secrets or member data.</summary>
public sealed class AdapterStatus(string name, TimeProvider time)
{
    private readonly Lock _gate = new();
    private (AdapterState State, string? Reason, DateTimeOffset Since, int Restarts) _now = (AdapterState.Connecting, null, time.GetUtcNow(), 0);

    public string Name => name;

    public AdapterState State => Snapshot().State;

    public string? Reason => Snapshot().Reason;

    /// <summary>How often the adapter was restarted after an unexpected failure since the host started.</summary>
    public int Restarts => Snapshot().Restarts;

    public DateTimeOffset Since => Snapshot().Since;

    public bool IsRunning => State == AdapterState.Running;

    public (AdapterState State, string? Reason, DateTimeOffset Since, int Restarts) Snapshot()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Connecting(string? reason = null) => Set(AdapterState.Connecting, reason);

    public void Running() => Set(AdapterState.Running, null);

    public void Restarting(string reason)
    {
        lock (_gate)
        {
            _now = (AdapterState.Restarting, reason, time.GetUtcNow(), _now.Restarts + 1);
        }
    }

    public void Stopped(string reason) => Set(AdapterState.Stopped, reason);

    private void Set(AdapterState state, string? reason)
    {
        lock (_gate)
        {
            if (_now.State == AdapterState.Stopped || (_now.State == state && _now.Reason == reason))
            {
                return;
            }

            _now = (state, reason, time.GetUtcNow(), _now.Restarts);
        }
    }
}
