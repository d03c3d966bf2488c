namespace CultureHub.Core;

/// <summary>The places a member can talk to CultureHub.</summary>
public enum ChatPlatform
{
    Web,
    Telegram,
    Discord,
}
