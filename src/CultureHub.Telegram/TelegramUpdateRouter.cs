using System.Globalization;
using System.Text.Json;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace CultureHub.Telegram;

/// <summary>
/// Handles one update: maps it, asks the core, sends the replies, answers the button press. Any
/// failure becomes a short apology to the member; nothing escapes to the polling loop.
/// </summary>
public sealed partial class TelegramUpdateRouter(
    ChatRouter router,
    TelegramSender sender,
    ITelegramBotClient bot,
    TelegramBotIdentity identity,
    TextCatalog texts,
    ILogger<TelegramUpdateRouter> logger)
{
    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var incoming = TelegramIncoming.Nothing;
        try
        {
            incoming = TelegramUpdateMapper.Map(update, identity.Username);
            await AnswerCallbackAsync(incoming.CallbackQueryId, cancellationToken);
            switch (incoming.Action)
            {
                case TelegramAction.Route:
                    // Keyed by the update, so one redelivered after a crash is recognised and not applied twice.
                    var input = incoming.Input! with { ReceiptKey = string.Create(CultureInfo.InvariantCulture, $"telegram:{update.Id}") };
                    var replies = await router.HandleAsync(input, cancellationToken);
                    await SendAllAsync(incoming, replies, cancellationToken);
                    break;
                case TelegramAction.InviteToPrivateChat when incoming.Input is not null:
                    await SendInvitationAsync(incoming, cancellationToken);
                    break;
                default:
                    LogIgnored(update.Id, update.Type);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            LogUpdateFailed(exception, update.Id, update.Type.ToString());
            await ApologiseAsync(incoming, cancellationToken);
        }
    }

    /// <summary>An update the SDK could not read: answered where a private chat can be found in it.</summary>
    public async Task HandleUnreadableAsync(int updateId, JsonElement raw, CancellationToken cancellationToken)
    {
        LogUnreadable(updateId);
        if (raw.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.Object
            && message.TryGetProperty("chat", out var chat) && chat.ValueKind == JsonValueKind.Object
            && chat.TryGetProperty("id", out var id) && id.TryGetInt64(out var chatId)
            && chat.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "private")
        {
            try
            {
                await sender.SendAsync(chatId, new ChatReply(texts.Get(Language.De, TextKeys.InputUnsupported)), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogApologyFailed(exception);
            }
        }
    }

    private async Task SendAllAsync(TelegramIncoming incoming, IReadOnlyList<ChatReply> replies, CancellationToken cancellationToken)
    {
        foreach (var reply in replies)
        {
            var outcome = await sender.SendAsync(incoming.ChatId, reply, cancellationToken);
            if (outcome == DeliveryOutcome.Unreachable)
            {
                // The core records it, as it does for Telegram's own "blocked" update.
                await router.HandleAsync(new BlockedInput(incoming.Sender!), cancellationToken);
                return;
            }

            if (outcome == DeliveryOutcome.Failed)
            {
                return;
            }
        }
    }

    private async Task AnswerCallbackAsync(string? callbackQueryId, CancellationToken cancellationToken)
    {
        if (callbackQueryId is null)
        {
            return;
        }

        // Answered first, so the spinner stops even when handling takes a moment; a failure is not the member's problem.
        var outcome = await sender.TryAsync(ct => bot.AnswerCallbackQuery(callbackQueryId, cancellationToken: ct), cancellationToken);
        if (outcome != DeliveryOutcome.Delivered)
        {
            LogCallbackNotAnswered();
        }
    }

    /// <summary>Groups never see the interview or a profile: the member is asked to write privately.</summary>
    private async Task SendInvitationAsync(TelegramIncoming incoming, CancellationToken cancellationToken)
    {
        var language = LanguageCodes.Parse(incoming.Sender!.LanguageCode) ?? Language.De;
        var reply = new ChatReply(texts.Get(language, TextKeys.GroupPrivateOnly));
        IReadOnlyList<TelegramLinkButton> links = identity.Username is { } username
            ? [new TelegramLinkButton(texts.Get(language, TextKeys.GroupOpenPrivate), $"https://t.me/{username}?start=group")]
            : [];
        await sender.SendAsync(incoming.ChatId, reply, links, cancellationToken);
    }

    private async Task ApologiseAsync(TelegramIncoming incoming, CancellationToken cancellationToken)
    {
        if (incoming.Action != TelegramAction.Route || incoming.ChatId == 0)
        {
            return;
        }

        try
        {
            var language = LanguageCodes.Parse(incoming.Sender?.LanguageCode) ?? Language.De;
            await sender.SendAsync(incoming.ChatId, new ChatReply(texts.Get(language, TextKeys.ErrorApology)), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogApologyFailed(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Update {UpdateId} ({UpdateType}) needs no answer")]
    private partial void LogIgnored(int updateId, global::Telegram.Bot.Types.Enums.UpdateType updateType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling update {UpdateId} ({UpdateType}) failed")]
    private partial void LogUpdateFailed(Exception exception, int updateId, string updateType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Update {UpdateId} could not be read and is skipped")]
    private partial void LogUnreadable(int updateId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A button press could not be answered")]
    private partial void LogCallbackNotAnswered();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The apology could not be sent either")]
    private partial void LogApologyFailed(Exception exception);
}
