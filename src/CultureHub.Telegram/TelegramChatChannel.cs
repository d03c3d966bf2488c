using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Telegram;

/// <summary>
/// Telegram as a channel for messages the core starts itself. Bots cannot open a chat for two
/// people, so an introduction gives each side a link button to the other; where no link can be
/// made the core relays instead.
/// </summary>
public sealed class TelegramChatChannel(TelegramSender sender, IServiceProvider services) : IChatChannel
{
    public ChatPlatform Platform => ChatPlatform.Telegram;

    public async Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken) =>
        await SendAsync(recipient, message, [], cancellationToken);

    public async Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken)
    {
        var pairs = new[] { (Self: request.First, Other: request.Second), (Self: request.Second, Other: request.First) }
            .Where(p => p.Self.Identity.Platform == ChatPlatform.Telegram)
            .Select(p => (p.Self, Link: LinkTo(p.Other)))
            .ToList();
        var canLink = pairs.Count == 2 && pairs.All(p => p.Link is not null);
        var outcome = canLink ? PrivateConversationOutcome.Opened : PrivateConversationOutcome.NeedsRelay;
        foreach (var (self, link) in pairs)
        {
            IReadOnlyList<TelegramLinkButton> links = canLink ? [link!] : [];
            var delivered = await SendAsync(self.Identity, self.Introduction, links, cancellationToken);
            if (delivered != DeliveryOutcome.Delivered)
            {
                outcome = PrivateConversationOutcome.Failed;
            }
        }

        return outcome;
    }

    /// <summary>https://t.me/name for someone with a public username, tg://user?id= for someone who allows it; else none.</summary>
    public static TelegramLinkButton? LinkTo(ConversationParticipant other)
    {
        if (other.Identity.Platform != ChatPlatform.Telegram)
        {
            return null;
        }

        var label = "💬 " + other.DisplayName;
        if (!string.IsNullOrWhiteSpace(other.Username))
        {
            return new TelegramLinkButton(label, "https://t.me/" + Uri.EscapeDataString(other.Username.TrimStart('@')));
        }

        return other.AllowsDirectLink && long.TryParse(other.Identity.UserId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
            ? new TelegramLinkButton(label, $"tg://user?id={id}")
            : null;
    }

    private async Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, IReadOnlyList<TelegramLinkButton> links, CancellationToken cancellationToken)
    {
        if (recipient.Platform != ChatPlatform.Telegram
            || !long.TryParse(recipient.UserId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId))
        {
            return DeliveryOutcome.Failed;
        }

        var outcome = await sender.SendAsync(chatId, message, links, cancellationToken);
        if (outcome == DeliveryOutcome.Unreachable)
        {
            // Resolved late: ChatDelivery itself depends on every channel, this one included.
            await services.GetRequiredService<ChatDelivery>().MarkUnreachableAsync(recipient, cancellationToken);
        }

        return outcome;
    }
}
