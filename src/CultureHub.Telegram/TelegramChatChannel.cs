using System.Globalization;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Telegram.Sending;

namespace CultureHub.Telegram;

/// <summary>
/// Telegram as a channel for messages the core starts itself. Bots cannot open a chat for two
/// people, so an introduction gives each side a link button to the other; where no link can be
/// made the core relays instead. When Telegram refuses a link for the other user's privacy settings
/// (400 BUTTON_USER_PRIVACY_RESTRICTED): on the first introduction nothing has been delivered, so the
/// answer is NeedsRelay; on the second, the first side already holds a working link, so the second
/// introduction is resent without the button and the conversation counts as opened. A 403 is
/// reported as <see cref="DeliveryOutcome.Unreachable"/>; the core records it.
/// </summary>
public sealed class TelegramChatChannel(TelegramSender sender) : IChatChannel
{
    public ChatPlatform Platform => ChatPlatform.Telegram;

    public async Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken) =>
        await SendAsync(recipient, message, [], cancellationToken) switch
        {
            LinkedSendResult.Delivered => DeliveryOutcome.Delivered,
            LinkedSendResult.Unreachable => DeliveryOutcome.Unreachable,
            _ => DeliveryOutcome.Failed,
        };

    public async Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken)
    {
        // A bot cannot create a group chat: a team (or anything beyond a pair) talks through the core's relay.
        if (request.IsGroup || request.Participants.Count != 2)
        {
            return PrivateConversationOutcome.NeedsRelay;
        }

        var pairs = new[] { (Self: request.First, Other: request.Second), (Self: request.Second, Other: request.First) }
            .Where(p => p.Self.Identity.Platform == ChatPlatform.Telegram)
            .Select(p => (p.Self, Link: LinkTo(p.Other)))
            .ToList();
        var canLink = pairs.Count == 2 && pairs.All(p => p.Link is not null);
        var outcome = canLink ? PrivateConversationOutcome.Opened : PrivateConversationOutcome.NeedsRelay;
        foreach (var (index, (self, link)) in pairs.Index())
        {
            IReadOnlyList<TelegramLinkButton> links = canLink ? [link!] : [];
            var result = await SendAsync(self.Identity, self.Introduction, links, cancellationToken);
            if (result == LinkedSendResult.LinkRefused && index == 0)
            {
                // The other's privacy settings forbid the link and nothing was delivered yet: the core relays.
                return PrivateConversationOutcome.NeedsRelay;
            }

            if (result == LinkedSendResult.LinkRefused)
            {
                // The first side already holds a working link to this one, so this side only needs the introduction.
                result = await SendAsync(self.Identity, self.Introduction, [], cancellationToken);
            }

            if (result != LinkedSendResult.Delivered)
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
            ? new TelegramLinkButton(label, string.Create(CultureInfo.InvariantCulture, $"tg://user?id={id}"))
            : null;
    }

    private async Task<LinkedSendResult> SendAsync(PlatformIdentity recipient, ChatReply message, IReadOnlyList<TelegramLinkButton> links, CancellationToken cancellationToken)
    {
        if (recipient.Platform != ChatPlatform.Telegram
            || !long.TryParse(recipient.UserId, NumberStyles.Integer, CultureInfo.InvariantCulture, out var chatId))
        {
            return LinkedSendResult.Failed;
        }

        return await sender.SendLinkedAsync(chatId, message, links, cancellationToken);
    }
}
