using System.Text.Json.Nodes;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Privacy;

/// <summary>
/// Undelivered messages are erased with the member: those waiting for them, and those waiting for
/// others that tell about them (a proposal shows the member's profile). Not exported: they are ours to them.
/// </summary>
public sealed class MailboxDataOwner(IMailboxStore mailbox) : IMemberDataOwner
{
    public string Section => "pendingMessages";

    public Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken) => Task.FromResult<JsonNode?>(null);

    public Task EraseAsync(Member member, CancellationToken cancellationToken) => mailbox.WithdrawAboutAsync(member.Id, cancellationToken);

    public Task EraseIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) => mailbox.DeleteAsync(identity.Key, cancellationToken);
}
