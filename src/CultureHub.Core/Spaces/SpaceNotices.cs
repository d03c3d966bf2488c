using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Spaces;

/// <summary>
/// Every message spaces and gear start themselves (requests to owners, decisions, cancellations,
/// reminders) leaves through <see cref="ChatDelivery"/> here and nowhere else. Each carries a key
/// naming its intent (<c>sp-approved:k7m2q</c>), ready for a delivery that records messages by key.
/// </summary>
public sealed partial class SpaceNotices(IMemberStore members, ChatDelivery delivery, HubDirectory hubs, ILogger<SpaceNotices> logger)
{
    /// <summary>The member in their own language.</summary>
    public async Task<DeliveryOutcome> ToMemberAsync(string key, string memberId, Func<Language, ChatReply> message, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        var outcome = member is null ? DeliveryOutcome.Unreachable : await delivery.SendAsync(member, message(member.Language), cancellationToken);
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

            if (await members.FindByIdentityAsync(identity, cancellationToken) is { } member)
            {
                LogSent(key, await delivery.SendAsync(member, message(member.Language), cancellationToken));
            }
            else if (delivery.ChannelFor(identity.Platform) is { } channel)
            {
                LogSent(key, await channel.SendAsync(identity, message(Language.De), cancellationToken));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Spaces notice {Key}: {Outcome}")]
    private partial void LogSent(string key, DeliveryOutcome outcome);
}
