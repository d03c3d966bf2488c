using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Chat;

/// <summary>
/// Sends messages the core starts itself to a member, on the first platform where they can be
/// reached. A platform that reports the member unreachable is remembered on the profile.
/// </summary>
public sealed partial class ChatDelivery(IEnumerable<IChatChannel> channels, IMemberStore members, ILogger<ChatDelivery> logger)
{
    private readonly Dictionary<ChatPlatform, IChatChannel> _channels = channels.ToDictionary(c => c.Platform);

    public bool Supports(ChatPlatform platform) => _channels.ContainsKey(platform);

    public IChatChannel? ChannelFor(ChatPlatform platform) => _channels.GetValueOrDefault(platform);

    /// <summary>The identity the core should use to reach the member, or null when none works.</summary>
    public PlatformIdentity? ReachableIdentity(Member member) =>
        member.Identities.FirstOrDefault(i => _channels.ContainsKey(i.Platform) && member.IsReachableOn(i.Platform));

    public async Task<DeliveryOutcome> SendAsync(Member member, ChatReply message, CancellationToken cancellationToken)
    {
        foreach (var identity in member.Identities.Where(i => member.IsReachableOn(i.Platform)))
        {
            if (!_channels.TryGetValue(identity.Platform, out var channel))
            {
                continue;
            }

            var outcome = await channel.SendAsync(identity, message, cancellationToken);
            if (outcome == DeliveryOutcome.Unreachable)
            {
                await MarkUnreachableAsync(member, identity.Platform, cancellationToken);
                continue;
            }

            return outcome;
        }

        return DeliveryOutcome.Unreachable;
    }

    /// <summary>For adapters: a reply to this identity failed because the member blocked the bot or closed DMs.</summary>
    public async Task MarkUnreachableAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        if (await members.FindByIdentityAsync(identity, cancellationToken) is { } member)
        {
            await MarkUnreachableAsync(member, identity.Platform, cancellationToken);
        }
    }

    public async Task MarkUnreachableAsync(Member member, ChatPlatform platform, CancellationToken cancellationToken)
    {
        var wasReachable = false;
        await members.UpdateAsync(
            member.Id,
            current => (wasReachable = current.IsReachableOn(platform)) ? current with { UnreachableOn = [.. current.UnreachableOn, platform] } : null,
            cancellationToken);
        if (wasReachable)
        {
            LogUnreachable(member.Id, platform);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} is unreachable on {Platform}")]
    private partial void LogUnreachable(string memberId, ChatPlatform platform);
}
