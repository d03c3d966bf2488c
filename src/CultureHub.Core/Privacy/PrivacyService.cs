using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;

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
}

/// <summary>GDPR self-service: a member's own data as JSON, and erasure of everything linked to them.</summary>
public sealed partial class PrivacyService(
    IMemberStore members,
    IInterviewStore sessions,
    IEnumerable<IMemberDataOwner> owners,
    IEnumerable<IErasureCompactor> compactors,
    TimeProvider time,
    ILogger<PrivacyService> logger)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task<byte[]> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var root = new JsonObject
        {
            ["exportedAt"] = time.GetUtcNow().ToString("O"),
            ["profile"] = JsonSerializer.SerializeToNode(member, JsonOptions),
        };
        foreach (var owner in owners)
        {
            root[owner.Section] = await owner.ExportAsync(member, cancellationToken);
        }

        LogExported(member.Id);
        return JsonSerializer.SerializeToUtf8Bytes(root, JsonOptions);
    }

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var owner in owners)
        {
            await owner.EraseAsync(member, cancellationToken);
        }

        foreach (var identity in member.Identities)
        {
            await sessions.DeleteAsync(identity.Key, cancellationToken);
        }

        await members.DeleteAsync(member.Id, cancellationToken);
        foreach (var compactor in compactors)
        {
            await compactor.CompactAsync(cancellationToken);
        }

        LogErased(member.Id);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} exported their data")]
    private partial void LogExported(string memberId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} erased")]
    private partial void LogErased(string memberId);
}
