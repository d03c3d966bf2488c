using CultureHub.Core.Chat;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace CultureHub.Llm;

/// <summary>Requests, tokens and fallbacks per step, as /metrics counters and log lines. No member text.</summary>
public sealed partial class LlmUsage(CultureHubMetrics metrics, ILogger<LlmUsage> logger)
{
    public void CountRequest(string step) => metrics.CountLlmRequest(step);

    public void CountTokens(string step, IReadOnlyDictionary<string, object?>? metadata)
    {
        if (metadata is null || !metadata.TryGetValue("Usage", out var value) || value is not ChatTokenUsage usage)
        {
            return;
        }

        metrics.CountLlmTokens(step, usage.InputTokenCount, usage.OutputTokenCount);
        LogTokens(step, usage.InputTokenCount, usage.OutputTokenCount);
    }

    /// <summary>Embedding responses report input tokens only (when they report usage at all).</summary>
    public void CountTokens(string step, UsageDetails? usage)
    {
        if (usage?.InputTokenCount is not { } input)
        {
            return;
        }

        metrics.CountLlmTokens(step, input, 0);
        LogTokens(step, input, 0);
    }

    public void CountFallback(string step, string reason)
    {
        metrics.CountLlmFallback(step);
        LogFallback(step, reason);
    }

    /// <summary>Ids the model made up (not in the taxonomy, not among the candidates): dropped.</summary>
    public void CountDropped(string step, int count)
    {
        if (count > 0)
        {
            metrics.CountLlmDroppedIds(step, count);
            LogDropped(step, count);
        }
    }

    /// <summary>Reasons with links, addresses, handles or phone numbers: the offline reason was shown instead.</summary>
    public void CountRefusedReasons(string step, int count)
    {
        if (count > 0)
        {
            metrics.CountLlmRefusedReasons(step, count);
            LogRefusedReasons(step, count);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Language model step {Step}: {InputTokens} tokens in, {OutputTokens} tokens out")]
    private partial void LogTokens(string step, long inputTokens, long outputTokens);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model step {Step} failed ({Reason}); the offline path takes over")]
    private partial void LogFallback(string step, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model step {Step} returned {Count} unknown ids; they were dropped")]
    private partial void LogDropped(string step, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Language model step {Step} wrote {Count} reasons with contact data; the offline reasons were shown")]
    private partial void LogRefusedReasons(string step, int count);
}
