using CultureHub.Core;
using CultureHub.Core.Chat;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Dashboard;

/// <summary>The network's coordinators (<c>Dashboard:StaffIdentities</c>) count as staff too, next to the hubs' teams.</summary>
public sealed class DashboardStaff(IOptions<DashboardOptions> options) : IStaffRoster
{
    public bool IsStaff(PlatformIdentity identity) =>
        options.Value.StaffIdentities.Contains(identity.Key, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<PlatformIdentity> Identities =>
        [.. options.Value.StaffIdentities
            .Select(key => PlatformIdentity.TryParse(key, out var identity) ? identity : null)
            .OfType<PlatformIdentity>()
            .Distinct()];
}
