using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Introductions;

/// <summary>
/// Passes a member's text to the person they were introduced to when the two cannot talk directly
/// (different platforms, or the web chat). The most recently opened relay receives it; /end stops it.
/// </summary>
public sealed class RelayInterceptor(IIntroductionStore introductions, IMemberStore members, ChatDelivery delivery, IntroductionMessages messages, TextCatalog texts)
    : ITextInterceptor
{
    public int Order => 10;

    public async Task<IReadOnlyList<ChatReply>?> TryHandleAsync(ChatContext context, TextInput input, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member || context.Session is not null)
        {
            return null;
        }

        var relay = await ActiveRelayAsync(introductions, member.Id, cancellationToken);
        if (relay is null || await members.GetAsync(relay.OtherSideOf(member.Id).MemberId, cancellationToken) is not { } other)
        {
            return null;
        }

        if (input.Text.Length > 4000 || !input.Text.Any(char.IsLetterOrDigit) && input.Text.Trim().Length == 0)
        {
            return Replies.One(texts.Get(member.Language, TextKeys.RelayUnusable));
        }

        // A new key for every message: one handled again after a crash is recognised by its receipt (see HandlingReceipt).
        var relayed = new OutboundMessage(OutboundMessage.UniqueKey(OutboundMessage.KeyOf("relay", relay.Id)), Recipient.ForMember(other.Id), messages.Relayed(other, member, input.Text));
        var key = await delivery.SendAsync(relayed, cancellationToken) switch
        {
            DeliveryOutcome.Delivered => TextKeys.RelaySent,
            DeliveryOutcome.Queued => TextKeys.RelayQueued,
            _ => TextKeys.RelayNotDelivered,
        };
        return Replies.One(texts.Format(member.Language, key, other.DisplayName));
    }

    public static async Task<Introduction?> ActiveRelayAsync(IIntroductionStore introductions, string memberId, CancellationToken cancellationToken) =>
        (await introductions.ForMemberAsync(memberId, cancellationToken))
            .Where(i => i.IsRelayActive)
            .OrderByDescending(i => i.AcceptedAt)
            .FirstOrDefault();
}

/// <summary>
/// /end: stops the relay with the person one was last introduced to — or, when another relayed
/// conversation began later (a project team), that one.
/// </summary>
public sealed class EndRelayCommand(
    IIntroductionStore introductions, IMemberStore members, ChatDelivery delivery, TextCatalog texts, IEnumerable<IRelayedConversations> others) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("end", TextKeys.CommandEnd);

    public IReadOnlyList<string> Aliases { get; } = ["ende", "beenden"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var relay = context.Member is { } member ? await RelayInterceptor.ActiveRelayAsync(introductions, member.Id, cancellationToken) : null;
        if (context.Member is { } sender && await LaterConversationAsync(sender, relay?.AcceptedAt, cancellationToken) is { } later)
        {
            return await later.EndLatestAsync(sender, cancellationToken);
        }

        if (relay is null || context.Member is null)
        {
            return Replies.One(texts.Get(context.Language, TextKeys.RelayNone));
        }

        await introductions.UpdateAsync(relay.Id, current => current with { IsRelayActive = false }, cancellationToken);
        if (await members.GetAsync(relay.OtherSideOf(context.Member.Id).MemberId, cancellationToken) is { } other)
        {
            var notice = new ChatReply(texts.Format(other.Language, TextKeys.RelayEndedByOther, context.Member.DisplayName)) { About = [context.Member.Id] };
            await delivery.SendAsync(
                new OutboundMessage(OutboundMessage.KeyOf("relay-ended", relay.Id, other.Id), Recipient.ForMember(other.Id), notice), cancellationToken);
        }

        return Replies.One(texts.Get(context.Member.Language, TextKeys.RelayEnded));
    }

    private async Task<IRelayedConversations?> LaterConversationAsync(Member member, DateTimeOffset? introductionSince, CancellationToken cancellationToken)
    {
        IRelayedConversations? latest = null;
        var since = introductionSince ?? DateTimeOffset.MinValue;
        foreach (var other in others)
        {
            if (await other.LatestSinceAsync(member, cancellationToken) is { } began && began >= since)
            {
                (latest, since) = (other, began);
            }
        }

        return latest;
    }
}
