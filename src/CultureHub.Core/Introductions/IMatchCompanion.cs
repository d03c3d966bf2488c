using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Introductions;

/// <summary>
/// Lets another feature answer a member's needs alongside /match (a room or gear that fits) without the
/// matcher knowing that feature. Replies follow the match answer; none when there is nothing to add.
/// </summary>
public interface IMatchCompanion
{
    Task<IReadOnlyList<ChatReply>> AlongsideMatchAsync(Member member, CancellationToken cancellationToken);
}
