namespace CultureHub.Core.Chat;

/// <summary>
/// Messages waiting for a recipient who collects them (the web chat polls its inbox). Durable, so
/// a restart of the host loses none of them.
/// </summary>
public interface IMailboxStore
{
    Task EnqueueAsync(string recipientKey, ChatReply message, int capacity, CancellationToken cancellationToken);

    /// <summary>Returns the waiting messages, oldest first, and removes them.</summary>
    Task<IReadOnlyList<ChatReply>> DrainAsync(string recipientKey, CancellationToken cancellationToken);

    Task DeleteAsync(string recipientKey, CancellationToken cancellationToken);

    /// <summary>Withdraws waiting messages whose <see cref="ChatReply.About"/> names the member. Returns how many.</summary>
    Task<int> WithdrawAboutAsync(string memberId, CancellationToken cancellationToken);
}
