using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace CultureHub.Resilience;

/// <summary>
/// Keeps one adapter alive. When its run fails unexpectedly it is started again after the shared
/// <see cref="Backoff"/> (counted afresh once a run got going), with readiness saying so meanwhile.
/// A failure the adapter calls fatal — a refused token — stops only that adapter, with its reason
/// reported; the rest of the host keeps running either way.
/// </summary>
public sealed partial class AdapterSupervisor(
    AdapterStatus status, IOptions<ResilienceOptions> options, TimeProvider time, ILogger<AdapterSupervisor> logger)
{
    public AdapterStatus Status => status;

    /// <summary>
    /// Runs <paramref name="run"/> until <paramref name="stoppingToken"/> fires or a fatal failure.
    /// <paramref name="fatalReason"/> names why a failure is fatal (one line, no secrets), or returns null.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task> run, Func<Exception, string?> fatalReason, CancellationToken stoppingToken)
    {
        var failures = 0;
        var pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is not null && status.State == AdapterState.Restarting),
                MaxRetryAttempts = int.MaxValue,
                DelayGenerator = _ => ValueTask.FromResult<TimeSpan?>(Backoff.After(failures, options.Value)),
                OnRetry = args =>
                {
                    LogRestarting(args.Outcome.Exception!, status.Name, failures, args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        try
        {
            await pipeline.ExecuteAsync(
                async ct =>
                {
                    status.Connecting();
                    try
                    {
                        await run(ct);
                    }
                    catch (Exception exception) when (!ct.IsCancellationRequested)
                    {
                        // A run that got going starts the count afresh: yesterday's failures do not lengthen today's wait.
                        failures = status.IsRunning ? 1 : failures + 1;
                        Record(exception, fatalReason(exception));
                        throw;
                    }
                },
                stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested || status.State == AdapterState.Stopped)
        {
            // Stopping with the host, or stopped for good (reported and logged in Record): the host runs on.
        }
    }

    private void Record(Exception exception, string? fatal)
    {
        if (fatal is not null)
        {
            status.Stopped(fatal);
            LogStopped(status.Name, fatal);
            return;
        }

        // The type only: exception messages can carry URLs, and Telegram's carry the token.
        status.Restarting($"failed unexpectedly ({exception.GetType().Name}); restarting");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Adapter} adapter failed ({Failures} in a row); restarting it in {Seconds:0.0} s")]
    private partial void LogRestarting(Exception exception, string adapter, int failures, double seconds);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The {Adapter} adapter stopped: {Reason}. The rest keeps running")]
    private partial void LogStopped(string adapter, string reason);
}
