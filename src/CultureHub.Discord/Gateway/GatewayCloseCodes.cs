using System.Globalization;

namespace CultureHub.Discord.Gateway;

/// <summary>What to do after the gateway closed the socket with a given code.</summary>
public enum GatewayNextStep
{
    Resume,
    Identify,
}

/// <summary>The gateway refused us for a reason reconnecting cannot fix (bad token, disallowed intents).</summary>
public sealed class GatewayFatalException(int closeCode, string cause)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"Discord gateway closed with {closeCode}: {cause}"))
{
    public int CloseCode { get; } = closeCode;

    public string Cause { get; } = cause;
}

public static class GatewayCloseCodes
{
    /// <summary>Our own close code for reconnects: anything but 1000/1001 keeps the session resumable.</summary>
    public const int Reconnecting = 4000;

    public static GatewayNextStep Classify(int code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => throw new GatewayFatalException(code, FatalCause(code)),
        4007 or 4009 => GatewayNextStep.Identify,
        _ => GatewayNextStep.Resume,
    };

    private static string FatalCause(int code) => code switch
    {
        4004 => "authentication failed, the bot token is invalid (check Discord:Token)",
        4010 => "invalid shard",
        4011 => "sharding required, the bot is in too many guilds for one connection",
        4012 => "invalid API version",
        4013 => "invalid intents",
        _ => "disallowed intents; enable Server Members / Message Content in the developer portal or switch off WelcomeNewMembers / ShouldRequestMessageContent",
    };
}
