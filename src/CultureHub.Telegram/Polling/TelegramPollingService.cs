using System.Globalization;
using System.Text.Json;
using CultureHub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CultureHub.Telegram.Polling;

/// <summary>
/// Long polling: fetches updates, hands each to its chat's queue and lets the tracker store the
/// offset once it is handled. A stalled chat is parked (see <see cref="UpdateBacklog"/>) so
/// polling moves past it. Runs under the adapter's supervisor: an unexpected failure restarts the
/// run with backoff, a refused token stops only this adapter.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramUpdateRouter router,
    TelegramStartup startup,
    UpdateOffsetTracker tracker,
    UpdateBacklog backlog,
    [FromKeyedServices(TelegramServiceCollectionExtensions.AdapterName)] AdapterSupervisor supervisor,
    IOptions<TelegramOptions> options,
    TimeProvider time) : BackgroundService
{
    private const int BatchLimit = 100;
    private static readonly string[] AllowedUpdates = ["message", "edited_message", "callback_query", "my_chat_member"];
    private static readonly TimeSpan RecheckWhileBusy = TimeSpan.FromMilliseconds(250);
    private ChatUpdateQueue? _queue;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue?.Stop();
        await base.StopAsync(cancellationToken);

        // base.StopAsync returns early only when the host ran out of patience: cancel what still runs. (A callback
        // registered on the token could be unregistered by base.StopAsync's own continuation before it ran.)
        if (cancellationToken.IsCancellationRequested)
        {
            _queue?.Abort();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await supervisor.RunAsync(RunAsync, FatalReason, stoppingToken);
    }

    /// <summary>One run: a fresh queue, the stored state, the parked updates first, then polling.</summary>
    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var queue = _queue = new ChatUpdateQueue(options.Value.MaxConcurrentChats);
        try
        {
            await startup.RunAsync(stoppingToken);
            await tracker.LoadAsync(stoppingToken);
            foreach (var parked in await backlog.ResumeAsync(stoppingToken))
            {
                Enqueue(queue, parked);
            }

            await PollAsync(queue, stoppingToken);
        }
        finally
        {
            queue.Stop();
            await queue.DrainAsync();
        }
    }

    private static string? FatalReason(Exception exception) => exception is ApiRequestException { ErrorCode: 401 or 404 } refused
        ? string.Create(CultureInfo.InvariantCulture, $"Telegram refused the bot token ({refused.ErrorCode}); check Telegram:Token")
        : null;

    private async Task PollAsync(ChatUpdateQueue queue, CancellationToken stoppingToken)
    {
        var stallLimit = TimeSpan.FromSeconds(options.Value.StalledChatSeconds);
        var (heldOffset, heldSince) = (tracker.Offset, time.GetUtcNow());
        while (true)
        {
            stoppingToken.ThrowIfCancellationRequested();
            var isBusy = tracker.PendingCount > 0;
            var progress = tracker.Progress;
            JsonElement[] batch;
            try
            {
                var timeout = isBusy ? 0 : options.Value.PollTimeoutSeconds;
                batch = await bot.SendRequest(new RawGetUpdatesRequest(tracker.Offset, BatchLimit, timeout, AllowedUpdates), stoppingToken);
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 429)
            {
                await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, exception.Parameters?.RetryAfter ?? 1)), time, stoppingToken);
                continue;
            }

            supervisor.Status.Running();
            var fresh = Begin(batch);
            foreach (var update in await backlog.AdmitAsync(fresh, stoppingToken))
            {
                Enqueue(queue, update);
            }

            if (tracker.Offset != heldOffset)
            {
                (heldOffset, heldSince) = (tracker.Offset, time.GetUtcNow());
            }

            if (fresh.Count == 0 && isBusy)
            {
                if (time.GetUtcNow() - heldSince >= stallLimit)
                {
                    // Whatever holds the offset this long is stalled: park it, so the next poll asks past it.
                    await backlog.ParkHoldingAsync(stoppingToken);
                    continue;
                }

                // Everything returned is already in flight: wait for one to finish (or a moment) instead of spinning.
                await Task.WhenAny(progress, Task.Delay(RecheckWhileBusy, time, stoppingToken));
            }
        }
    }

    private List<QueuedUpdate> Begin(JsonElement[] batch)
    {
        var fresh = new List<QueuedUpdate>(batch.Length);
        foreach (var raw in batch)
        {
            if (raw.TryGetProperty("update_id", out var idElement) && idElement.TryGetInt32(out var updateId) && tracker.TryBegin(updateId))
            {
                fresh.Add(new QueuedUpdate(updateId, Read(raw) is { } update ? TelegramUpdateMapper.ChatKey(update) : 0, raw));
            }
        }

        return fresh;
    }

    private void Enqueue(ChatUpdateQueue queue, QueuedUpdate update) =>
        queue.Enqueue(update.ChatId, async abort =>
        {
            if (await backlog.ReadAsync(update, abort) is { } raw)
            {
                await (Read(raw) is { } parsed ? router.HandleAsync(parsed, abort) : router.HandleUnreadableAsync(update.Id, raw, abort));
            }

            await backlog.CompleteAsync(update);
        });

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
}
