using System.Text.Json;
using System.Text.Json.Nodes;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;

namespace CultureHub.Core.Workshops;

/// <summary>Workshop registrations in a member's export; on erasure they are cancelled (promoting the waitlist) and removed.</summary>
public sealed class WorkshopDataOwner(IWorkshopStore store, WorkshopService service) : IMemberDataOwner
{
    public string Section => "workshops";

    public async Task<JsonNode?> ExportAsync(Member member, CancellationToken cancellationToken)
    {
        var rows = new List<object>();
        foreach (var registration in await store.RegistrationsOfAsync(member.Id, cancellationToken))
        {
            var workshop = await store.GetAsync(registration.WorkshopId, cancellationToken);
            rows.Add(new
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

        return JsonSerializer.SerializeToNode(rows, PrivacyService.JsonOptions);
    }

    public async Task EraseAsync(Member member, CancellationToken cancellationToken)
    {
        foreach (var registration in (await store.RegistrationsOfAsync(member.Id, cancellationToken)).Where(r => r.IsActive))
        {
            await service.CancelAsync(registration.WorkshopId, member.Id, cancellationToken);
        }

        await store.DeleteRegistrationsOfAsync(member.Id, cancellationToken);
        foreach (var identity in member.Identities)
        {
            await store.DeleteDraftAsync(identity.Key, cancellationToken);
        }
    }
}
