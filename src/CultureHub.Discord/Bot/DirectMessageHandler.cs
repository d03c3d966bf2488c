using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>MESSAGE_CREATE in a DM: text or a typed command to the core, its replies back into the DM.</summary>
public sealed class DirectMessageHandler(ChatRouter router, DiscordApi api)
{
    public static bool IsForUs(DiscordMessage message) => message.GuildId is null && !message.Author.Bot;

    public async Task HandleAsync(DiscordMessage message, CancellationToken cancellationToken)
    {
        var sender = new ChatSender(
            new PlatformIdentity(ChatPlatform.Discord, message.Author.Id), message.Author.ShownName, null, message.Author.Username);
        // Keyed by the message, so one the gateway replays after a resume is not applied twice.
        var replies = await router.HandleAsync(ToInput(sender, message) with { ReceiptKey = $"discord:{message.Id}" }, cancellationToken);
        try
        {
            foreach (var payload in replies.SelectMany(r => DiscordReplyFormatter.Format(r)))
            {
                await api.CreateMessageAsync(message.ChannelId, payload, cancellationToken);
            }
        }
        catch (DiscordApiException exception) when (exception.IsCannotSendToUser)
        {
            // The member closed their DMs while we answered: the core records it.
            await router.HandleAsync(new BlockedInput(sender), cancellationToken);
        }
    }

    public static ChatInput ToInput(ChatSender sender, DiscordMessage message)
    {
        var content = message.Content?.Trim() ?? string.Empty;
        if (content.Length == 0)
        {
            var kind = message.StickerItems is { Count: > 0 } ? "sticker" : message.Attachments is { Count: > 0 } ? "attachment" : "empty";
            return new UnsupportedInput(sender, kind);
        }

        return CommandParser.ReadTyped(sender, content);
    }
}
