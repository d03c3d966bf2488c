using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Gateway;

/// <summary>
/// Where to connect for a fresh session, and when Identify may go out: it respects
/// session_start_limit from <c>GET /gateway/bot</c> and spaces identifies by max_concurrency.
/// </summary>
public sealed partial class IdentifyGate(DiscordApi api, IOptions<DiscordOptions> options, TimeProvider time, ILogger<IdentifyGate> logger)
{
    private DateTimeOffset _lastIdentify = DateTimeOffset.MinValue;
    private int _maxConcurrency = 1;

    /// <summary>Fetches the gateway URL and waits out an exhausted daily session budget.</summary>
    public async Task<Uri> PrepareAsync(CancellationToken cancellationToken)
    {
        var info = await api.GetGatewayBotAsync(cancellationToken);
        _maxConcurrency = Math.Max(1, info.SessionStartLimit.MaxConcurrency);
        if (info.SessionStartLimit.Remaining <= 0)
        {
            var wait = TimeSpan.FromMilliseconds(info.SessionStartLimit.ResetAfter);
            LogSessionBudgetExhausted(wait);
            await Task.Delay(wait, time, cancellationToken);
        }

        return GatewayUri(options.Value.GatewayUrl ?? info.Url);
    }

    /// <summary>Called right before sending Identify.</summary>
    public async Task WaitForTurnAsync(CancellationToken cancellationToken)
    {
        var spacing = options.Value.IdentifyWindow / _maxConcurrency;
        var next = _lastIdentify + spacing;
        var now = time.GetUtcNow();
        if (_lastIdentify != DateTimeOffset.MinValue && next > now)
        {
            await Task.Delay(next - now, time, cancellationToken);
        }

        _lastIdentify = time.GetUtcNow();
    }

    public static Uri GatewayUri(string url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        return builder.Uri;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord session start limit reached; waiting {Wait} before identifying")]
    private partial void LogSessionBudgetExhausted(TimeSpan wait);
}
