using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Privacy;

/// <summary>GDPR self-service: a member's own data as JSON, and erasure of everything linked to them.</summary>
public sealed partial class PrivacyService(
    IMemberStore members,
    IInterviewStore sessions,
    IHandlingReceipts receipts,
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

    /// <summary>Everything kept about the one writing: their profile (if any), an unfinished interview or edit, and each feature's part.</summary>
    public async Task<byte[]> ExportAsync(Member? member, PlatformIdentity identity, CancellationToken cancellationToken)
    {
        var root = new JsonObject
        {
            ["exportedAt"] = time.GetUtcNow().ToString("O"),
            ["profile"] = member is null ? null : JsonSerializer.SerializeToNode(member, JsonOptions),
        };
        var interviews = new JsonArray();
        foreach (var key in IdentitiesOf(member, identity).Select(i => i.Key))
        {
            if (await sessions.GetAsync(key, cancellationToken) is { } session)
            {
                interviews.Add(JsonSerializer.SerializeToNode(session, JsonOptions));
            }
        }

        root["unfinishedInterview"] = interviews;
        if (member is not null)
        {
            foreach (var owner in owners)
            {
                root[owner.Section] = await owner.ExportAsync(member, cancellationToken);
            }

            LogExported(member.Id);
        }

        return JsonSerializer.SerializeToUtf8Bytes(root, JsonOptions);
    }

    /// <summary>
    /// Erases the member (if there is one) and everything kept per identity, then makes it physical.
    /// Runs without a handling receipt: erasure is idempotent and must run again in full after a crash.
    /// </summary>
    public async Task EraseAsync(Member? member, PlatformIdentity? identity, CancellationToken cancellationToken)
    {
        using var unreceipted = HandlingReceipt.Suspend();
        if (member is not null)
        {
            foreach (var owner in owners)
            {
                await owner.EraseAsync(member, cancellationToken);
            }
        }

        foreach (var each in IdentitiesOf(member, identity))
        {
            foreach (var owner in owners)
            {
                await owner.EraseIdentityAsync(each, cancellationToken);
            }

            await sessions.DeleteAsync(each.Key, cancellationToken);
            await receipts.DeleteAsync(each.Key, cancellationToken);
        }

        if (member is not null)
        {
            await members.DeleteAsync(member.Id, cancellationToken);
        }

        foreach (var compactor in compactors)
        {
            await compactor.CompactAsync(cancellationToken);
        }

        LogErased();
    }

    public Task EraseAsync(Member member, CancellationToken cancellationToken) => EraseAsync(member, null, cancellationToken);

    private static IEnumerable<PlatformIdentity> IdentitiesOf(Member? member, PlatformIdentity? identity) =>
        (member?.Identities ?? []).Concat(identity is null ? [] : [identity]).Distinct();

    [LoggerMessage(Level = LogLevel.Information, Message = "Member {MemberId} exported their data")]
    private partial void LogExported(string memberId);

    // No member id here: after erasure even the log names nobody.
    [LoggerMessage(Level = LogLevel.Information, Message = "A member erased their data")]
    private partial void LogErased();
}
