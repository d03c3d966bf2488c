using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Privacy;

/// <summary>
/// The outbox holds messages to the member and messages about them (a proposal to someone else
/// shows their card): both are in the export and both go with the erasure.
/// </summary>
public sealed class OutboxDataOwner(IOutboxStore outbox) : IMemberDataOwner
{
    public string Section => "outgoingMessages";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var identities = IdentityKeys(member);
        var items = await outbox.ForMemberAsync(member.Id, identities, cancellationToken);
        var toYou = items.Where(i => IsTo(i, member.Id, identities)).OrderBy(i => i.CreatedAt).Select(i => new
        {
            Purpose = OutboundMessage.PurposeOf(i.Key),
            i.State,
            i.CreatedAt,
            i.Attempts,
            i.SettledAt,
            i.DeliveredOn,
            Text = i.Message?.Text,
        });

        // Messages to others about the member: what and when, not to whom or the rest of the text.
        var aboutYou = items.Where(i => !IsTo(i, member.Id, identities)).OrderBy(i => i.CreatedAt).Select(i => new
        {
            Purpose = OutboundMessage.PurposeOf(i.Key),
            i.State,
            i.CreatedAt,
        });
        return JsonSerializer.SerializeToNode(new { ToYou = toYou.ToList(), AboutYou = aboutYou.ToList() }, PrivacyService.JsonOptions);
    }

    public Task EraseAsync(Member member, CancellationToken cancellationToken) => outbox.DeleteForMemberAsync(member.Id, cancellationToken);

    public Task EraseIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) => outbox.DeleteForIdentityAsync(identity.Key, cancellationToken);

    private static List<string> IdentityKeys(Member member) => member.Identities.Select(i => i.Key).ToList();

    private static bool IsTo(OutboxItem item, string memberId, IReadOnlyList<string> identities) =>
        item.To.Kind == RecipientKind.Member ? item.To.Key == memberId : identities.Contains(item.To.Key);
}
