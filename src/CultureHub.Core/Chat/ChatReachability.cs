using CultureHub.Core.Members;

namespace CultureHub.Core.Chat;

/// <summary>
/// Whether the core can reach a member at all: an identity on a platform this host runs, not marked
/// unreachable there. For readers that only ask (the project team finder); sending stays with <see cref="ChatDelivery"/>.
/// </summary>
public sealed class ChatReachability(IEnumerable<IChatChannel> channels)
{
    private readonly HashSet<ChatPlatform> _platforms = channels.Select(c => c.Platform).ToHashSet();

    public PlatformIdentity? ReachableIdentity(Member member) => FirstReachable(_platforms, member);

    /// <summary>The one rule, shared with <see cref="ChatDelivery.ReachableIdentity"/>.</summary>
    public static PlatformIdentity? FirstReachable(IReadOnlySet<ChatPlatform> platforms, Member member) =>
        member.Identities.FirstOrDefault(i => platforms.Contains(i.Platform) && member.IsReachableOn(i.Platform));
}
