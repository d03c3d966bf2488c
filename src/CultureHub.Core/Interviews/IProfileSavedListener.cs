using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Lets a feature add to the reply once a member confirmed their profile (a deep-linked workshop,
/// say) without the interview knowing that feature. Replies come after the confirmation.
/// </summary>
public interface IProfileSavedListener
{
    Task<IReadOnlyList<ChatReply>> ProfileSavedAsync(Member member, bool isNew, CancellationToken cancellationToken);
}
