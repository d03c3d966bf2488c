using System.Text.Json;
using CultureHub.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CultureHub.Telegram.Polling;

/// <summary>
/// Long polling: fetches updates, hands each to its chat's queue and lets the tracker store the
/// offset once it is handled. A bad token stops only this adapter; network trouble is waited out.
/// </summary>
public sealed partial class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateRouter router,
    TelegramStartup startup,
    UpdateOffsetTracker tracker,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    private const int BatchLimit = 100;
    private static readonly string[] AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];
    private static readonly TimeSpan RecheckWhileBusy = TimeSpan.FromMilliseconds(250);
    private readonly ChatUpdateQueue _queue = new(options.Value.MaxConcurrentChats);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Stop();
        using var patience = cancellationToken.Register(_queue.Abort);
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await startup.RunAsync(stoppingToken);
            await tracker.LoadAsync(stoppingToken);
            await PollAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (ApiRequestException exception) when (exception.ErrorCode is 401 or 404)
        {
            LogBadToken(exception.ErrorCode);
        }
        catch (Exception exception)
        {
            LogAdapterFailed(exception);
        }
        finally
        {
            _queue.Stop();
            await _queue.DrainAsync();
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var isBusy = tracker.PendingCount > 0;
            var progress = tracker.Progress;
            JsonElement[] batch;
            try
            {
                var timeout = isBusy ? 0 : options.Value.PollTimeoutSeconds;
                batch = await bot.SendRequest(new RawGetUpdatesRequest(tracker.Offset, BatchLimit, timeout, AllowedUpdates), stoppingToken);
                failures = 0;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 429)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, exception.Parameters?.RetryAfter ?? 1)), time, stoppingToken);
                continue;
            }
            catch (RequestException exception) when (exception is not ApiRequestException { ErrorCode: 401 or 404 } && !stoppingToken.IsCancellationRequested)
            {
                var wait = Backoff.For(++failures);
                LogPollFailed(exception, failures, wait.TotalSeconds);
                await Task.Delay(wait, time, stoppingToken);
                continue;
            }

            var started = batch.Count(raw => Dispatch(raw, stoppingToken));
            if (started == 0 && isBusy)
            {
                // Everything returned is already in flight: wait for one to finish (or a moment) instead of spinning.
                await Task.WhenAny(progress, Task.Delay(RecheckWhileBusy, time, stoppingToken));
                stoppingToken.ThrowIfCancellationRequested();
            }
        }
    }

    private bool Dispatch(JsonElement raw, CancellationToken stoppingToken)
    {
        if (!raw.TryGetProperty("update_id", out var idElement) || !idElement.TryGetInt32(out var updateId) || !tracker.TryBegin(updateId))
        {
            return false;
        }

        var update = Read(raw);
        var chatKey = update is null ? 0 : TelegramUpdateMapper.ChatKey(update);
        _queue.Enqueue(chatKey, async abort =>
        {
            await (update is null ? router.HandleUnreadableAsync(updateId, raw, abort) : router.HandleAsync(update, abort));

            await tracker.CompleteAsync(updateId);
        });
        return true;
    }

    private static Update? Read(JsonElement raw)
    {
        try
        {
            return raw.Deserialize<Update>(JsonBotAPI.Options);
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram refused the bot token ({ErrorCode}); the Telegram adapter is stopped, the rest keeps running")]
    private partial void LogBadToken(int errorCode);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The Telegram adapter stopped unexpectedly; the rest keeps running")]
    private partial void LogAdapterFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getUpdates failed ({Failures} in a row); retrying in {Seconds:0.0} s")]
    private partial void LogPollFailed(Exception exception, int failures, double seconds);
}
