using System.Globalization;
using System.Net;

namespace CultureHub.Discord.Rest;

/// <summary>A REST call Discord refused. <see cref="Code"/> is Discord's JSON error code (50007: cannot DM).</summary>
public sealed class DiscordApiException(HttpStatusCode status, int code, string message)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"Discord answered {(int)status} (code {code}): {message}"))
{
    public const int CannotSendToUser = 50007;

    public HttpStatusCode Status { get; } = status;

    public int Code { get; } = code;

    public bool IsCannotSendToUser => Code == CannotSendToUser;
}

/// <summary>The token was refused (401): every further request would fail too, so the adapter stops.</summary>
public sealed class DiscordUnauthorizedException()
    : Exception("Discord refused the bot token (401). Check Discord:Token; the Discord adapter stops.");
