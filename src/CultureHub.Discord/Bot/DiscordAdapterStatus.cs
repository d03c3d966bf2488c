namespace CultureHub.Discord.Bot;

/// <summary>Whether the Discord adapter runs, and why it stopped if it did (no secrets in the reason).</summary>
public sealed class DiscordAdapterStatus
{
    public bool IsConnected { get; private set; }

    public string? StopReason { get; private set; }

    public bool IsStopped => StopReason is not null;

    public void Connected() => IsConnected = true;

    public void Stop(string reason)
    {
        IsConnected = false;
        StopReason = reason;
    }
}
