using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Resilience.Tests;

public sealed class AdapterSupervisorTests
{
    private static readonly ResilienceOptions Options = new() { FirstDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(8) };
    private readonly FakeTimeProvider _time = new();
    private readonly FailureLog _log = new();

    [Fact]
    public async Task RunAsync_RunThrows_WaitsForTheBackoffThenRestartsAndReportsIt()
    {
        var status = new AdapterStatus("test", _time);
        var attempts = 0;
        using var stopping = new CancellationTokenSource();
        var supervised = Supervisor(status).RunAsync(
            async ct =>
            {
                if (Interlocked.Increment(ref attempts) <= 2)
                {
                    throw new InvalidOperationException("boom");
                }

                status.Running();
                await Task.Delay(Timeout.Infinite, ct);
            },
            _ => null,
            stopping.Token);

        await WaitUntilAsync(() => status.State == AdapterState.Restarting);
        await Task.Delay(100);
        Assert.Equal(1, attempts);
        Assert.Equal(1, status.Restarts);
        Assert.Contains(nameof(InvalidOperationException), status.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("boom", status.Reason, StringComparison.Ordinal);

        await AdvanceUntilAsync(() => status.IsRunning);

        Assert.Equal(3, attempts);
        Assert.Equal(2, status.Restarts);
        Assert.Equal([1, 2], _log.Failures);
        await stopping.CancelAsync();
        await supervised;
    }

    [Fact]
    public async Task RunAsync_RunThatGotGoingFailsLater_CountsItsBackoffAfresh()
    {
        var status = new AdapterStatus("test", _time);
        var attempts = 0;
        using var stopping = new CancellationTokenSource();
        var supervised = Supervisor(status).RunAsync(
            async ct =>
            {
                var attempt = Interlocked.Increment(ref attempts);
                if (attempt == 3)
                {
                    status.Running();
                }

                if (attempt <= 3)
                {
                    await Task.Yield();
                    throw new IOException("gone");
                }

                status.Running();
                await Task.Delay(Timeout.Infinite, ct);
            },
            _ => null,
            stopping.Token);

        await AdvanceUntilAsync(() => attempts == 4 && status.IsRunning);

        Assert.Equal([1, 2, 1], _log.Failures);
        await stopping.CancelAsync();
        await supervised;
    }

    [Fact]
    public async Task RunAsync_FatalFailure_StopsWithItsReasonAndNeverRestarts()
    {
        var status = new AdapterStatus("test", _time);
        var attempts = 0;

        await Supervisor(status).RunAsync(
            _ =>
            {
                attempts++;
                throw new UnauthorizedAccessException();
            },
            exception => exception is UnauthorizedAccessException ? "the token was refused" : null,
            CancellationToken.None);

        Assert.Equal(1, attempts);
        Assert.Equal(AdapterState.Stopped, status.State);
        Assert.Equal("the token was refused", status.Reason);
        Assert.Equal(0, status.Restarts);
    }

    [Fact]
    public async Task RunAsync_HostStops_EndsWithoutCountingAFailure()
    {
        var status = new AdapterStatus("test", _time);
        using var stopping = new CancellationTokenSource();
        var supervised = Supervisor(status).RunAsync(
            async ct =>
            {
                status.Running();
                await Task.Delay(Timeout.Infinite, ct);
            },
            _ => null,
            stopping.Token);
        await WaitUntilAsync(() => status.IsRunning);

        await stopping.CancelAsync();
        await supervised;

        Assert.Equal(0, status.Restarts);
        Assert.Empty(_log.Failures);
    }

    [Theory]
    [InlineData(AdapterState.Running, HealthStatus.Healthy)]
    [InlineData(AdapterState.Connecting, HealthStatus.Unhealthy)]
    [InlineData(AdapterState.Restarting, HealthStatus.Unhealthy)]
    [InlineData(AdapterState.Stopped, HealthStatus.Unhealthy)]
    public async Task HealthCheck_OnlyARunningAdapterIsReady(AdapterState state, HealthStatus expected)
    {
        var status = new AdapterStatus("test", _time);
        Action set = state switch
        {
            AdapterState.Running => status.Running,
            AdapterState.Restarting => () => status.Restarting("failed unexpectedly"),
            AdapterState.Stopped => () => status.Stopped("the token was refused"),
            _ => () => status.Connecting(),
        };
        set();

        var result = await new AdapterHealthCheck(status).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(expected, result.Status);
        Assert.Equal(state.ToString().ToLowerInvariant(), result.Data["state"]);
    }

    [Fact]
    public void Backoff_After_DoublesUpToTheCapWithTheUpperHalfJittered()
    {
        for (var failures = 1; failures <= 12; failures++)
        {
            var ceiling = Math.Min(8_000, 1_000 * Math.Pow(2, failures - 1));
            foreach (var _ in Enumerable.Range(0, 50))
            {
                var delay = Backoff.After(failures, Options).TotalMilliseconds;
                Assert.InRange(delay, ceiling / 2, ceiling);
            }
        }
    }

    private AdapterSupervisor Supervisor(AdapterStatus status) =>
        new(status, Microsoft.Extensions.Options.Options.Create(Options), _time, _log);

    /// <summary>Moves the fake clock on until <paramref name="condition"/> holds: the restart waits on the clock, not on real time.</summary>
    private async Task AdvanceUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            _time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Delay(5, patience.Token);
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(5, patience.Token);
        }
    }

    /// <summary>Keeps the "failures in a row" each restart was logged with.</summary>
    private sealed class FailureLog : ILogger<AdapterSupervisor>
    {
        private readonly List<int> _failures = [];

        public IReadOnlyList<int> Failures
        {
            get
            {
                lock (_failures)
                {
                    return [.. _failures];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (state is IReadOnlyList<KeyValuePair<string, object?>> fields && fields.FirstOrDefault(f => f.Key == "Failures").Value is int failures)
            {
                lock (_failures)
                {
                    _failures.Add(failures);
                }
            }
        }
    }
}
