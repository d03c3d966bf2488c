namespace CultureHub.TestKit.Faults;

public enum Fault
{
    None,

    /// <summary>The call never returns until its token is cancelled: a hung platform, or the moment a process dies.</summary>
    Hang,

    /// <summary>The call throws, as a failing disk or network would.</summary>
    Throw,
}

/// <summary>
/// Decides which calls of a faulty decorator fail and how; tests flip it while the host runs.
/// <see cref="Hit"/> completes when a call ran into the fault, so a test knows the host is stuck there.
/// </summary>
public sealed class FaultSwitch
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _hit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _remaining = int.MaxValue;

    public Fault Mode { get; private set; }

    public Func<string, bool> Matches { get; private set; } = _ => false;

    public Task Hit => _hit.Task;

    /// <summary>Arms the switch for calls whose key matches, at most <paramref name="times"/> of them.</summary>
    public FaultSwitch Arm(Fault mode, Func<string, bool> matches, int times = int.MaxValue)
    {
        lock (_gate)
        {
            Mode = mode;
            Matches = matches;
            _remaining = times;
            _hit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        return this;
    }

    public void Disarm() => Arm(Fault.None, _ => false);

    public async Task ApplyAsync(string key, CancellationToken cancellationToken)
    {
        Fault mode;
        lock (_gate)
        {
            if (Mode == Fault.None || _remaining <= 0 || !Matches(key))
            {
                return;
            }

            _remaining--;
            mode = Mode;
        }

        _hit.TrySetResult();
        if (mode == Fault.Throw)
        {
            throw new IOException("Injected fault for " + key);
        }

        await Task.Delay(Timeout.Infinite, cancellationToken);
    }
}
