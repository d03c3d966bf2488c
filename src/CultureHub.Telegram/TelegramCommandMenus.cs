using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot;

namespace CultureHub.Telegram;

/// <summary>
/// Publishes the command menu: members' commands for everybody (the default scope), members' plus staff
/// commands for each staff member's private chat (<c>BotCommandScopeChat</c>, whose chat id is the user id),
/// each in German (no language code, so every other language falls back to it) and English. Telegram picks the
/// narrowest scope first, so staff see the full list and nobody else sees a command they cannot use.
/// Telegram keeps a chat's menu until it is deleted, so the chats given the staff menu are remembered and
/// the menu of someone no longer on staff is deleted at the next start (they fall back to the members' menu).
/// </summary>
public sealed partial class TelegramCommandMenus(
    ITelegramBotClient bot,
    ChatRouter router,
    TextCatalog texts,
    IEnumerable<IStaffRoster> staff,
    IAdapterStateStore state,
    ILogger<TelegramCommandMenus> logger)
{
    private const string StaffMenusKey = "telegram:staff_menus";

    public async Task PublishAsync(CancellationToken cancellationToken)
    {
        await SetAsync(scope: null, includesStaff: false, cancellationToken);
        var current = StaffChatIds().ToList();
        foreach (var chatId in current)
        {
            await SetAsync(BotCommandScope.Chat(chatId), includesStaff: true, cancellationToken);
        }

        foreach (var chatId in (await PublishedStaffMenusAsync(cancellationToken)).Except(current))
        {
            await DeleteAsync(BotCommandScope.Chat(chatId), cancellationToken);
        }

        await state.SetAsync(StaffMenusKey, string.Join(',', current.Select(id => id.ToString(CultureInfo.InvariantCulture))), cancellationToken);
    }

    public IReadOnlyList<BotCommand> MenuFor(Language language, bool includesStaff) =>
        [.. router.Commands
            .Select(c => c.Descriptor)
            .Where(d => IsMenuName(d.Name) && d.IsOfferedOn(ChatPlatform.Telegram) && (includesStaff || !d.IsStaffOnly))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => new BotCommand(d.Name, Describe(language, d)))];

    /// <summary>Staff identities on Telegram, by user id; ids that are not numbers cannot be a chat and are skipped.</summary>
    private IEnumerable<long> StaffChatIds() =>
        staff.SelectMany(roster => roster.Identities)
            .Where(identity => identity.Platform == ChatPlatform.Telegram)
            .Select(identity => long.TryParse(identity.UserId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) ? id : (long?)null)
            .OfType<long>()
            .Distinct()
            .Order();

    private async Task SetAsync(BotCommandScope? scope, bool includesStaff, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SetMyCommands(MenuFor(Language.De, includesStaff), scope, cancellationToken: cancellationToken);
            await bot.SetMyCommands(MenuFor(Language.En, includesStaff), scope, languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (RequestException exception)
        {
            // A missing menu is cosmetic: the commands still work when typed. A staff member who never opened a
            // chat with the bot is "chat not found"; the other staff members' menus are still set.
            LogMenuFailed(exception, scope?.Type.ToString() ?? "default");
        }
    }

    private async Task<IReadOnlyList<long>> PublishedStaffMenusAsync(CancellationToken cancellationToken)
    {
        var stored = await state.GetAsync(StaffMenusKey, cancellationToken) ?? string.Empty;
        return [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(id => long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId) ? chatId : (long?)null)
            .OfType<long>()];
    }

    private async Task DeleteAsync(BotCommandScope scope, CancellationToken cancellationToken)
    {
        try
        {
            await bot.DeleteMyCommands(scope, cancellationToken: cancellationToken);
            await bot.DeleteMyCommands(scope, languageCode: "en", cancellationToken: cancellationToken);
        }
        catch (RequestException exception)
        {
            // the chat may be gone; a menu that cannot be deleted there cannot be seen there either
            LogMenuFailed(exception, scope.Type.ToString());
        }
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Setting the Telegram command menu for the {Scope} scope failed")]
    private partial void LogMenuFailed(Exception exception, string scope);
}
