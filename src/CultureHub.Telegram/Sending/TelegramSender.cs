using CultureHub.Core.Chat;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace CultureHub.Telegram.Sending;

/// <summary>
/// Sends one <see cref="ChatReply"/> to a chat: escaped HTML, split at 4,096 characters, buttons on
/// the last part, an attachment as a document. Flood control (429) is waited out and retried; a
/// chat that blocked the bot (403) is reported as unreachable. Network trouble and 5xx answers are
/// retried by the adapter's HTTP policy before they get here.
/// </summary>
public sealed partial class TelegramSender(ITelegramBotClient bot, TimeProvider time, ILogger<TelegramSender> logger)
{
    private const int MaxAttempts = 5;
    private static readonly TimeSpan MaxFloodWait = TimeSpan.FromMinutes(2);
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task<DeliveryOutcome> SendAsync(long chatId, ChatReply reply, IReadOnlyList<TelegramLinkButton> links, CancellationToken cancellationToken) =>
        Plain(await SendLinkedAsync(chatId, reply, links, cancellationToken));

    /// <summary>As <c>SendAsync</c>, but tells a link button refused for the linked user's privacy apart from other failures.</summary>
    internal async Task<LinkedSendResult> SendLinkedAsync(long chatId, ChatReply reply, IReadOnlyList<TelegramLinkButton> links, CancellationToken cancellationToken)
    {
        if (TelegramKeyboard.CountUnfit(reply.Buttons) is > 0 and var unfit)
        {
            LogButtonsDropped(unfit);
        }

        var keyboard = TelegramKeyboard.For(reply.Buttons, links);
        var hasText = !string.IsNullOrWhiteSpace(reply.Text);
        if (hasText)
        {
            var parts = TelegramText.Split(reply.Text);
            for (var i = 0; i < parts.Count; i++)
            {
                var isLast = i == parts.Count - 1 && reply.Attachment is null;
                var text = TelegramText.EscapeHtml(parts[i]);
                var outcome = await TryLinkedAsync(
                    ct => bot.SendMessage(chatId, text, ParseMode.Html, replyMarkup: isLast ? keyboard : null, linkPreviewOptions: NoPreview, cancellationToken: ct),
                    cancellationToken);
                if (outcome != LinkedSendResult.Delivered)
                {
                    return outcome;
                }
            }
        }

        if (reply.Attachment is not { } attachment)
        {
            return LinkedSendResult.Delivered;
        }

        return await TryLinkedAsync(
            async ct =>
            {
                using var stream = new MemoryStream(attachment.Content.ToArray(), writable: false);
                await bot.SendDocument(chatId, InputFile.FromStream(stream, attachment.FileName), replyMarkup: keyboard, cancellationToken: ct);
            },
            cancellationToken);
    }

    public Task<DeliveryOutcome> SendAsync(long chatId, ChatReply reply, CancellationToken cancellationToken) =>
        SendAsync(chatId, reply, [], cancellationToken);

    /// <summary>Runs one Bot API call, waiting out flood control.</summary>
    public async Task<DeliveryOutcome> TryAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        Plain(await TryLinkedAsync(call, cancellationToken));

    private static DeliveryOutcome Plain(LinkedSendResult result) => result switch
    {
        LinkedSendResult.Delivered => DeliveryOutcome.Delivered,
        LinkedSendResult.Unreachable => DeliveryOutcome.Unreachable,
        _ => DeliveryOutcome.Failed,
    };

    /// <summary>
    /// A link button to a user whose privacy settings forbid it makes Telegram refuse the whole
    /// message with 400 BUTTON_USER_PRIVACY_RESTRICTED (or USER_PRIVACY_RESTRICTED).
    /// </summary>
    private static bool IsPrivacyRestricted(ApiRequestException exception) =>
        exception.ErrorCode == 400 && exception.Message.Contains("USER_PRIVACY_RESTRICTED", StringComparison.Ordinal);

    private async Task<LinkedSendResult> TryLinkedAsync(Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await call(cancellationToken);
                return LinkedSendResult.Delivered;
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 429 && attempt < MaxAttempts)
            {
                var wait = TimeSpan.FromSeconds(Math.Max(1, exception.Parameters?.RetryAfter ?? 1));
                LogFloodWait(wait.TotalSeconds);
                await Task.Delay(wait < MaxFloodWait ? wait : MaxFloodWait, time, cancellationToken);
            }
            catch (ApiRequestException exception) when (exception.ErrorCode == 403)
            {
                LogForbidden(exception.ErrorCode);
                return LinkedSendResult.Unreachable;
            }
            catch (ApiRequestException exception) when (IsPrivacyRestricted(exception))
            {
                LogPrivacyRestricted(exception.Message);
                return LinkedSendResult.LinkRefused;
            }
            catch (ApiRequestException exception)
            {
                LogRejected(exception.ErrorCode, exception.Message);
                return LinkedSendResult.Failed;
            }
            catch (RequestException exception)
            {
                LogSendFailed(exception);
                return LinkedSendResult.Failed;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram flood control: waiting {Seconds} s before retrying")]
    private partial void LogFloodWait(double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram refused delivery ({ErrorCode}): the member blocked the bot")]
    private partial void LogForbidden(int errorCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Telegram refused a link button for the linked user's privacy ({Description})")]
    private partial void LogPrivacyRestricted(string description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Telegram rejected a message ({ErrorCode}: {Description})")]
    private partial void LogRejected(int errorCode, string description);

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram send failed; giving up")]
    private partial void LogSendFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} buttons had an id over 64 bytes and were left out")]
    private partial void LogButtonsDropped(int count);
}

/// <summary>How a send ended, with a link refused for privacy told apart (see <see cref="TelegramSender.SendLinkedAsync"/>).</summary>
internal enum LinkedSendResult
{
    Delivered,
    Unreachable,
    Failed,

    /// <summary>Telegram refused the message because a link button points to a user whose privacy forbids it; nothing was sent.</summary>
    LinkRefused,
}
