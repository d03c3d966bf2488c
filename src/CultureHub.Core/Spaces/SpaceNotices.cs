using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Spaces;

/// <summary>
/// Every message spaces and gear start themselves (requests to owners, decisions, cancellations,
/// reminders) leaves through <see cref="ChatDelivery"/>'s outbox here and nowhere else. Each carries a
/// key naming its intent (<c>sp-approved:k7m2q</c>), so a step that runs again after a crash cannot
/// send twice; a notice to several staff members gets one key per recipient.
/// </summary>
public sealed partial class SpaceNotices(IMemberStore members, ChatDelivery delivery, HubDirectory hubs, ILogger<SpaceNotices> logger)
{
    /// <summary>The member in their own language.</summary>
    public async Task<DeliveryOutcome> ToMemberAsync(string key, string memberId, Func<Language, ChatReply> message, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        var outcome = member is null
            ? DeliveryOutcome.Unreachable
            : await delivery.SendAsync(new OutboundMessage(key, Recipient.ForMember(member.Id), message(member.Language)), cancellationToken);
        LogSent(key, outcome);
        return outcome;
    }

    /// <summary>Whoever decides on the listing: its owner, or every staff member of its hub (in their profile's language, else German).</summary>
    public async Task ToOwnerAsync(string key, Listing listing, Func<Language, ChatReply> message, CancellationToken cancellationToken)
    {
        if (listing.OwnerMemberId is { } ownerId)
        {
            await ToMemberAsync(key, ownerId, message, cancellationToken);
            return;
        }

        foreach (var staff in hubs.Find(listing.HubId)?.Staff ?? [])
        {
            if (!PlatformIdentity.TryParse(staff, out var identity))
            {
                continue;
            }

            var staffKey = OutboundMessage.KeyOf(key, identity.Key);
            var outbound = await members.FindByIdentityAsync(identity, cancellationToken) is { } member
                ? new OutboundMessage(staffKey, Recipient.ForMember(member.Id), message(member.Language))
                : new OutboundMessage(staffKey, Recipient.ForIdentity(identity), message(Language.De));
            var sent = await delivery.SendAsync(outbound, cancellationToken);
            LogSent(staffKey, sent);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Spaces notice {Key}: {Outcome}")]
    private partial void LogSent(string key, DeliveryOutcome outcome);
}
