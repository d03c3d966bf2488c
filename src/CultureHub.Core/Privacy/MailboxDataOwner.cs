using System.Text.Json.Nodes;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Privacy;

/// <summary>Undelivered messages are erased with the member (they are not exported: they are ours to them).</summary>
public sealed class MailboxDataOwner(IMailboxStore mailbox) : IMemberDataOwner
{
    public string Section => "pendingMessages";

    public Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken) => Task.FromResult<JsonNode?>(null);

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var identity in member.Identities)
        {
            await mailbox.DeleteAsync(identity.Key, cancellationToken);
        }
    }
}
