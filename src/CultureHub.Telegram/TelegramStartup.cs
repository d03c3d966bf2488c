using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace CultureHub.Telegram;

/// <summary>Before polling: learn the bot's username (<c>getMe</c>) and publish the command menu in German and English.</summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    ChatRouter router,
    TextCatalog texts,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var me = await GetMeAsync(cancellationToken);
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

    private async Task<User> GetMeAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await bot.GetMe(cancellationToken);
            }
            catch (RequestException exception) when (exception is not ApiRequestException { ErrorCode: 401 or 404 } && !cancellationToken.IsCancellationRequested)
            {
                var wait = Backoff.For(attempt);
                LogGetMeFailed(exception, attempt, wait.TotalSeconds);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram adapter connected as @{BotUsername}")]
    private partial void LogConnected(string botUsername);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting the Telegram command menu failed")]
    private partial void LogMenuFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "getMe failed (attempt {Attempt}); retrying in {Seconds:0.0} s")]
    private partial void LogGetMeFailed(Exception exception, int attempt, double seconds);
}
