using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Workshop registrations, workshops the member hosts or proposed, and half-filled forms in their
/// export. On erasure registrations are cancelled (promoting the waitlist) and removed, the workshops
/// keep running without their name, and forms are dropped.
/// </summary>
public sealed class WorkshopDataOwner(IWorkshopStore store, WorkshopService service) : IMemberDataOwner
{
    public string Section => "workshops";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var registrations = new List<object>();
        foreach (var registration in await store.RegistrationsOfAsync(member.Id, cancellationToken))
        {
            var workshop = await store.GetAsync(registration.WorkshopId, cancellationToken);
            registrations.Add(new
            {
                registration.WorkshopId,
                Title = workshop?.Title,
                StartsAt = workshop?.StartsAt,
                registration.Status,
                registration.SignedUpAt,
                registration.PromotedAt,
                registration.CancelledAt,
                registration.AttendedAt,
            });
        }

        var named = (await NamingAsync(member, cancellationToken)).Select(w => new
        {
            WorkshopId = w.Id,
            w.Title,
            w.StartsAt,
            IsHost = w.HostMemberId == member.Id,
            IsProposer = w.ProposedBy is { } by && IsOneOf(member, by),
        });
        var drafts = new List<WorkshopDraft>();
        foreach (var identity in member.Identities)
        {
            if (await store.GetDraftAsync(identity.Key, cancellationToken) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        return JsonSerializer.SerializeToNode(new { Registrations = registrations, HostedOrProposed = named, UnfinishedForms = drafts }, PrivacyService.JsonOptions);
    }

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var registration in (await store.RegistrationsOfAsync(member.Id, cancellationToken)).Where(r => r.IsActive))
        {
            await service.CancelAsync(registration.WorkshopId, member.Id, cancellationToken);
        }

        await store.DeleteRegistrationsOfAsync(member.Id, cancellationToken);
        foreach (var workshop in await NamingAsync(member, cancellationToken))
        {
            await store.UpdateAsync(workshop.Id, current => current with
            {
                HostMemberId = current.HostMemberId == member.Id ? null : current.HostMemberId,
                ProposedBy = current.ProposedBy is { } by && IsOneOf(member, by) ? null : current.ProposedBy,
            }, cancellationToken);
        }
    }

    public Task EraseIdentityAsync(PlatformIdentity identity, CancellationToken cancellationToken) =>
        store.DeleteDraftAsync(identity.Key, cancellationToken);

    private async Task<IReadOnlyList<Workshop>> NamingAsync(Member member, CancellationToken cancellationToken) =>
        (await store.AllAsync(cancellationToken))
            .Where(w => w.HostMemberId == member.Id || (w.ProposedBy is { } by && IsOneOf(member, by)))
            .ToList();

    private static bool IsOneOf(Member member, string identityKey) => member.Identities.Any(i => i.Key == identityKey);
}
