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
    public async Task<Member> ReachableAgainAsync(Member member, ChatPlatform platform, CancellationToken cancellationToken)
    {
        if (member.IsReachableOn(platform))
        {
            return member;
        }

        var current = await members.GetAsync(member.Id, cancellationToken) ?? member;
        var updated = current with { UnreachableOn = current.UnreachableOn.Where(p => p != platform).ToList() };
        await members.UpsertAsync(updated, cancellationToken);
        return updated;
    }

    private async Task<Member> MarkUnreachableAsync(Member member, ChatPlatform platform, CancellationToken cancellationToken)
    {
        var current = await members.GetAsync(member.Id, cancellationToken) ?? member;
        if (!current.IsReachableOn(platform))
        {
            return current;
        }

        var updated = current with { UnreachableOn = [.. current.UnreachableOn, platform] };
        await members.UpsertAsync(updated, cancellationToken);
        LogUnreachable(current.Id, platform);
        return updated;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} is unreachable on {Platform}")]
    private partial void LogUnreachable(string memberId, ChatPlatform platform);
}
