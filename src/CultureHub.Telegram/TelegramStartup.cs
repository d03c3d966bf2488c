using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace CultureHub.Telegram;

/// <summary>
/// Before polling: learn the bot's username (<c>getMe</c>) and publish the command menus. Network trouble is
/// retried by the HTTP policy and then by the adapter's supervisor.
/// </summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    TelegramCommandMenus menus,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        identity.Username = options.Value.BotUsername ?? me.Username;
        LogConnected(identity.Username ?? "?");
        await menus.PublishAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram adapter connected as @{BotUsername}")]
    private partial void LogConnected(string botUsername);
}
