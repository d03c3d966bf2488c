using CultureHub.Core.Members;

namespace CultureHub.Core.Chat;

/// <summary>
/// Conversations the core relays besides introductions (a project team). A member's free text goes
/// to the conversation that began last, and <c>/end</c> ends that one, whichever feature owns it.
/// </summary>
public interface IRelayedConversations
{
    /// <summary>When the member's most recent relayed conversation here began for them, or null for none.</summary>
    Task<DateTimeOffset?> LatestSinceAsync(Member member, CancellationToken cancellationToken);

    /// <summary>Ends (or leaves) that conversation and answers the member.</summary>
    Task<IReadOnlyList<ChatReply>> EndLatestAsync(Member member, CancellationToken cancellationToken);
}
