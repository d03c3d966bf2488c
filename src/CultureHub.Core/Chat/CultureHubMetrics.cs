using System.Diagnostics.Metrics;

namespace CultureHub.Core.Chat;

/// <summary>
/// CultureHub's own instruments on the <c>CultureHub</c> meter (exported by the host on /metrics).
/// Every counter is recorded once with 0 for each label value it can take, so a scraper sees the
/// families and their series from the first scrape and alerts on absent series do not fire. No personal data.
/// </summary>
public sealed class CultureHubMetrics
{
    public const string MeterName = "CultureHub";

    /// <summary>The <c>outcome</c> label of <c>culturehub_outbox_attempts</c>.</summary>
    public static readonly IReadOnlyList<string> OutboxOutcomes = ["delivered", "unreachable", "retry", "dead_lettered"];

    private static readonly Dictionary<ChatPlatform, KeyValuePair<string, object?>> PlatformTags =
        Enum.GetValues<ChatPlatform>().ToDictionary(p => p, p => Tag("platform", p.ToString().ToLowerInvariant()));

    private readonly Counter<long> _messages;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _llmRequests;
    private readonly Counter<long> _llmTokensIn;
    private readonly Counter<long> _llmTokensOut;
    private readonly Counter<long> _llmFallbacks;
    private readonly Counter<long> _llmDroppedIds;
    private readonly Counter<long> _llmRefusedReasons;
    private readonly Counter<long> _rounds;
    private readonly Counter<long> _proposed;
    private readonly Counter<long> _outbox;
    private double _lastRoundSeconds;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The meter belongs to the IMeterFactory, which disposes it with the container.")]
    public CultureHubMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _messages = meter.CreateCounter<long>("culturehub_messages_handled", description: "Chat messages handled, by platform.");
        _errors = meter.CreateCounter<long>("culturehub_errors", description: "Errors while handling a chat message, by platform.");
        _llmRequests = meter.CreateCounter<long>("culturehub_llm_requests", description: "Requests to the language model, by step.");
        _llmTokensIn = meter.CreateCounter<long>("culturehub_llm_tokens_in", description: "Tokens sent to the language model, by step.");
        _llmTokensOut = meter.CreateCounter<long>("culturehub_llm_tokens_out", description: "Tokens received from the language model, by step.");
        _llmFallbacks = meter.CreateCounter<long>("culturehub_llm_fallbacks", description: "Times the language model failed and the offline path answered, by step.");
        _llmDroppedIds = meter.CreateCounter<long>("culturehub_llm_dropped_ids", description: "Ids the language model made up that were dropped, by step.");
        _llmRefusedReasons = meter.CreateCounter<long>("culturehub_llm_refused_reasons", description: "Reasons the language model wrote with links, addresses, handles or phone numbers, replaced by the offline reason, by step.");
        _rounds = meter.CreateCounter<long>("culturehub_matching_rounds", description: "Matching rounds run.");
        _proposed = meter.CreateCounter<long>("culturehub_introductions_proposed", description: "Introductions proposed by matching rounds.");
        _outbox = meter.CreateCounter<long>("culturehub_outbox_attempts", description: "Attempts at messages the core starts, by outcome (delivered, unreachable, retry, dead_lettered).");
        meter.CreateObservableGauge("culturehub_matching_round_duration", () => Volatile.Read(ref _lastRoundSeconds), "s", "Duration of the last matching round (0 until one ran).");
        RecordZeros();
    }

    public void CountMessage(ChatPlatform platform) => _messages.Add(1, PlatformTags[platform]);

    public void CountError(ChatPlatform platform) => _errors.Add(1, PlatformTags[platform]);

    public void CountLlmRequest(string step) => _llmRequests.Add(1, Tag("step", step));

    public void CountLlmTokens(string step, long input, long output)
    {
        _llmTokensIn.Add(input, Tag("step", step));
        _llmTokensOut.Add(output, Tag("step", step));
    }

    public void CountLlmFallback(string step) => _llmFallbacks.Add(1, Tag("step", step));

    public void CountLlmDroppedIds(string step, long count) => _llmDroppedIds.Add(count, Tag("step", step));

    public void CountLlmRefusedReasons(string step, long count) => _llmRefusedReasons.Add(count, Tag("step", step));

    public void RecordRound(TimeSpan duration, int proposed)
    {
        Volatile.Write(ref _lastRoundSeconds, duration.TotalSeconds);
        _rounds.Add(1);
        _proposed.Add(proposed);
    }

    public void CountOutboxAttempt(string outcome) => _outbox.Add(1, Tag("outcome", outcome));

    private void RecordZeros()
    {
        foreach (var outcome in OutboxOutcomes)
        {
            _outbox.Add(0, Tag("outcome", outcome));
        }

        foreach (var tag in PlatformTags.Values)
        {
            _messages.Add(0, tag);
            _errors.Add(0, tag);
        }

        foreach (var step in LlmSteps.All)
        {
            CountLlmTokens(step, 0, 0);
            foreach (var counter in new[] { _llmRequests, _llmFallbacks, _llmDroppedIds, _llmRefusedReasons })
            {
                counter.Add(0, Tag("step", step));
            }
        }

        _rounds.Add(0);
        _proposed.Add(0);
    }

    private static KeyValuePair<string, object?> Tag(string name, string value) => new(name, value);
}

/// <summary>The language model's steps: the <c>step</c> label of the <c>culturehub_llm_*</c> counters.</summary>
public static class LlmSteps
{
    public const string Interview = "interview";
    public const string Extract = "extract";
    public const string Rerank = "rerank";
    public const string Introduction = "introduction";
    public const string Embed = "embed";

    public static IReadOnlyList<string> All { get; } = [Interview, Extract, Rerank, Introduction, Embed];
}
