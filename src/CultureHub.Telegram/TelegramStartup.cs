using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CultureHub.Telegram;

/// <summary>
/// Before polling: learn the bot's username (<c>getMe</c>) and publish the command menu in German
/// and English. Network trouble is retried by the HTTP policy and then by the adapter's supervisor.
/// </summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    ChatRouter router,
    TextCatalog texts,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await bot.GetMe(cancellationToken);
        identity.Username = options.Value.BotUsername ?? me.Username;
        LogConnected(identity.Username ?? "?");
        try
        {
            await bot.SetMyCommands(MenuFor(Language.De), cancellationToken: cancellationToken);
            await bot.SetMyCommands(MenuFor(Language.En), languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (RequestException exception)
        {
            // A missing menu is cosmetic; the commands still work when typed.
            LogMenuFailed(exception);
        }
    }

    public IReadOnlyList<BotCommand> MenuFor(Language language) =>
        [.. router.Commands
            .Select(c => c.Descriptor)
            .Where(d => IsMenuName(d.Name) && d.IsOfferedOn(ChatPlatform.Telegram))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new BotCommand(d.Name, Describe(language, d)))];

    private string Describe(Language language, CommandDescriptor descriptor)
    {
        var description = texts.Get(language, descriptor.DescriptionKey);
        if (descriptor.ArgumentHintKey is { } hint)
        {
            description += " " + texts.Get(language, hint);
        }

        return description.Length > 256 ? description[..256] : description;
    }

    private static bool IsMenuName(string name) =>
        name.Length is >= 1 and <= 32 && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram adapter connected as @{BotUsername}")]
    private partial void LogConnected(string botUsername);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting the Telegram command menu failed")]
    private partial void LogMenuFailed(Exception exception);

}
