using System.ComponentModel.DataAnnotations;

namespace CultureHub.Telegram;

/// <summary>The <c>Telegram</c> section. The adapter only starts when <see cref="Token"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot token from BotFather. A secret: set it through <c>Telegram__Token</c>, never log it.</summary>
    [Required]
    [RegularExpression(@"^\d+:[A-Za-z0-9_-]+$", ErrorMessage = "Telegram:Token does not look like a bot token (digits, a colon, then letters).")]
    public string Token { get; set; } = string.Empty;

    /// <summary>Another Bot API server (a local one, or a fake in tests); null means Telegram's public one.</summary>
    [Url]
    public string? ApiBaseUrl { get; set; }

    /// <summary>How long one <c>getUpdates</c> call waits for news.</summary>
    [Range(0, 50)]
    public int PollTimeoutSeconds { get; set; } = 30;

    /// <summary>How many chats are handled at the same time; one chat's updates always run in order.</summary>
    [Range(1, 256)]
    public int MaxConcurrentChats { get; set; } = 16;

    /// <summary>
    /// How many of one chat's updates wait in memory. Later ones wait in the database instead, and
    /// polling moves past them, so one chat sending in bulk neither fills memory nor holds back the others.
    /// </summary>
    [Range(1, 1000)]
    public int MaxQueuedPerChat { get; set; } = 10;

    /// <summary>
    /// After this long without the offset moving, the updates holding it (a chat in flood control,
    /// a slow reply) wait in the database and polling moves past them.
    /// </summary>
    [Range(1, 600)]
    public int StalledChatSeconds { get; set; } = 10;

    /// <summary>The bot's @username without the @; read from <c>getMe</c> when empty.</summary>
    public string? BotUsername { get; set; }
}
