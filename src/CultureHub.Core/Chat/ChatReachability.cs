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

    /// <summary>
    /// Who may be proposed to anyone (by <c>/match</c>, the rounds or a project): not paused and reachable.
    /// One rule for all of them, so they hand the community's kept index the same members.
    /// </summary>
    public bool IsProposable(Member member) => !member.IsMatchingPaused && ReachableIdentity(member) is not null;

    /// <summary>The one rule, shared with <see cref="ChatDelivery.ReachableIdentity"/>.</summary>
    public static PlatformIdentity? FirstReachable(IReadOnlySet<ChatPlatform> platforms, Member member) =>
        member.Identities.FirstOrDefault(i => platforms.Contains(i.Platform) && member.IsReachableOn(i.Platform));
}
