using CultureHub.Core;
using Quartz;

namespace CultureHub.Jobs;

/// <summary>
/// Due work read from the database on every run (outbox retries, expiry, follow-ups, reminders), so
/// nothing scheduled lives only in Quartz's RAM store and a restart loses or repeats nothing. Each
/// kind of work runs on its own: one that fails is logged and the rest still run.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class DueWorkJob(IEnumerable<IDueWork> work, ILogger<DueWorkJob> logger) : IJob
{
    public static readonly JobKey Key = new("due-work");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        foreach (var item in work)
        {
            try
            {
                await item.RunAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogWorkFailed(exception, item.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Due work {Work} failed; the rest of the run goes on")]
    private partial void LogWorkFailed(Exception exception, string work);
}
