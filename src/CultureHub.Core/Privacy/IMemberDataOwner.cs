using System.Text.Json.Nodes;
using CultureHub.Core.Members;

namespace CultureHub.Core.Privacy;

/// <summary>
/// A feature that keeps data about members (proposals, sign-ups, relays) takes part in export and
/// erasure through this, so /export and /delete stay complete as features are added.
/// </summary>
public interface IMemberDataOwner
{
    /// <summary>The name of this part of the export, e.g. "introductions".</summary>
    string Section { get; }

    Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken);

    Task EraseAsync(Member member, CancellationToken cancellationToken);

    /// <summary>
    /// Erases what is kept per platform identity, also for someone without a profile (a form or a
    /// message waiting for them). Called for each identity of the one who erases.
    /// </summary>
    Task EraseIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) => Task.CompletedTask;
}
