using CultureHub.Core;
using CultureHub.Core.Chat;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CultureHub.Telegram;

public enum TelegramAction
{
    /// <summary>Nothing to do (an edit, an inline query, another bot's command).</summary>
    Ignore,

    /// <summary>Hand <see cref="TelegramIncoming.Input"/> to the core and send its replies.</summary>
    Route,

    /// <summary>A command in a group: answer with an invitation to a private chat.</summary>
    InviteToPrivateChat,
}

/// <summary>What one Telegram update means to CultureHub.</summary>
public sealed record TelegramIncoming(TelegramAction Action, long ChatId, ChatSender? Sender, ChatInput? Input, string? CallbackQueryId)
{
    public static readonly TelegramIncoming Nothing = new(TelegramAction.Ignore, 0, null, null, null);
}

/// <summary>Maps Telegram's update shapes to the core's inputs. Knows no services, so it is easy to test.</summary>
public static class TelegramUpdateMapper
{
    /// <summary>The chat whose updates must stay in order; 0 for updates that belong to no chat.</summary>
    public static long ChatKey(Update update) =>
        update.Message?.Chat.Id
        ?? update.EditedMessage?.Chat.Id
        ?? update.CallbackQuery?.Message?.Chat.Id
        ?? update.CallbackQuery?.From.Id
        ?? update.MyChatMember?.Chat.Id
        ?? 0;

    public static TelegramIncoming Map(Update update, string? botUsername) => update switch
    {
        { Message: { } message } => MapMessage(message, botUsername),
        { CallbackQuery: { } query } => MapCallback(query),
        { MyChatMember: { Chat.Type: ChatType.Private, NewChatMember.Status: ChatMemberStatus.Kicked } blocked } =>
            new TelegramIncoming(TelegramAction.Route, blocked.Chat.Id, SenderOf(blocked.From), new BlockedInput(SenderOf(blocked.From)), null),
        _ => TelegramIncoming.Nothing,
    };

    public static ChatSender SenderOf(User user) => new(
        new PlatformIdentity(ChatPlatform.Telegram, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        string.Join(' ', new[] { user.FirstName, user.LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : null,
        user.LanguageCode,
        user.Username);

    private static TelegramIncoming MapMessage(Message message, string? botUsername)
    {
        if (message.From is not { IsBot: false } from)
        {
            return TelegramIncoming.Nothing;
        }

        var sender = SenderOf(from);
        var typed = message.Text is { } text ? CommandParser.ReadTyped(sender, text, botUsername) : null;
        if (message.Text is not null && typed is null)
        {
            return TelegramIncoming.Nothing;
        }

        if (message.Chat.Type != ChatType.Private)
        {
            return typed is CommandInput command
                ? new TelegramIncoming(TelegramAction.InviteToPrivateChat, message.Chat.Id, sender, command, null)
                : TelegramIncoming.Nothing;
        }

        var input = typed ?? message switch
        {
            { Location: { } location } => (ChatInput)new LocationInput(sender, location.Latitude, location.Longitude),
            _ => new UnsupportedInput(sender, message.Type.ToString().ToLowerInvariant()),
        };
        return new TelegramIncoming(TelegramAction.Route, message.Chat.Id, sender, input, null);
    }

    private static TelegramIncoming MapCallback(CallbackQuery query)
    {
        var sender = SenderOf(query.From);
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        if (query.Message is { Chat.Type: not ChatType.Private })
        {
            return new TelegramIncoming(TelegramAction.InviteToPrivateChat, chatId, sender, null, query.Id);
        }

        ChatInput input = string.IsNullOrEmpty(query.Data)
            ? new UnsupportedInput(sender, "callback_without_data")
            : new ButtonInput(sender, query.Data);
        return new TelegramIncoming(TelegramAction.Route, chatId, sender, input, query.Id);
    }
}
