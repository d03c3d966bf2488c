using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Chat;

/// <summary>
/// Reachability is recorded here and nowhere else: from the outcome of a send, or from the platform
/// telling us the member blocked the bot (a <see cref="BlockedInput"/> the router passes on).
/// </summary>
public sealed partial class ChatDelivery
{
    /// <summary>The platform says the bot can no longer write to this identity (blocked, DMs closed).</summary>
    public async Task ReportUnreachableAsync(PlatformIdentity identity, CancellationToken cancellationToken)
    {
        if (await members.FindByIdentityAsync(identity, cancellationToken) is { } member)
        {
            await MarkUnreachableAsync(member, identity.Platform, cancellationToken);
        }
    }

    /// <summary>They write to us again there (unblocked the bot, opened their DMs): reachable again.</summary>
    public async Task<Member> ReachableAgainAsync(Member member, ChatPlatform platform, CancellationToken cancellationToken) =>
        member.IsReachableOn(platform)
            ? member
            : await members.UpdateAsync(member.Id, current => current with { UnreachableOn = current.UnreachableOn.Where(p => p != platform).ToList() }, cancellationToken)
                ?? member;

    private async Task<Member> MarkUnreachableAsync(Member member, ChatPlatform platform, CancellationToken cancellationToken)
    {
        var wasReachable = false;
        var updated = await members.UpdateAsync(
            member.Id,
            current => (wasReachable = current.IsReachableOn(platform)) ? current with { UnreachableOn = [.. current.UnreachableOn, platform] } : null,
            cancellationToken);
        if (wasReachable)
        {
            LogUnreachable(member.Id, platform);
        }

        return updated ?? member;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} is unreachable on {Platform}")]
    private partial void LogUnreachable(string memberId, ChatPlatform platform);
}
