namespace CultureHub.Telegram;

/// <summary>Who the bot is on Telegram, learnt from <c>getMe</c> at start (or from configuration).</summary>
public sealed class TelegramBotIdentity
{
    private volatile string? _username;

    /// <summary>The @username without the @, or null until known.</summary>
    public string? Username
    {
        get => _username;
        set => _username = string.IsNullOrWhiteSpace(value) ? null : value.TrimStart('@');
    }
}
