using CultureHub.Core.Chat;
using CultureHub.Core.Places;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Workshops;

/// <summary>The configured hubs: lookup by id or by a forgivingly typed name, distance order, staff rights.</summary>
public sealed class HubDirectory(IOptions<HubsOptions> options) : IStaffRoster
{
    public IReadOnlyList<HubOptions> All => options.Value.Hubs;

    public HubOptions? Find(string? id) =>
        id is null ? null : All.FirstOrDefault(h => string.Equals(h.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>"osnabrück", "Osnabrueck", "osna", "Hildeshiem" all find their hub; null when nothing is close.</summary>
    public HubOptions? Match(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var keys = new[] { PlaceNameFolding.Fold(text), PlaceNameFolding.FoldDroppingUmlauts(text) };
        if (keys[0].Length == 0)
        {
            return null;
        }

        var candidates = All.Select(h => (Hub: h, Names: HubKeys(h))).ToList();
        return candidates.FirstOrDefault(c => keys.Any(k => c.Names.Contains(k))).Hub
            ?? candidates.FirstOrDefault(c => keys.Any(k => k.Length >= 3 && c.Names.Any(n => n.StartsWith(k, StringComparison.Ordinal)))).Hub
            ?? candidates.FirstOrDefault(c => keys.Any(k => c.Names.Any(n => EditDistance.Bounded(k, n, 2) <= 2))).Hub;
    }

    /// <summary>Nearest first from <paramref name="from"/>; configuration order when the member's town is unknown.</summary>
    public IReadOnlyList<HubOptions> NearestFirst(GeoPoint? from) =>
        from is null ? All : All.OrderBy(h => h.Location.DistanceKmTo(from)).ToList();

    public bool IsStaff(string hubId, string identityKey) =>
        Find(hubId)?.Staff.Contains(identityKey, StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>Staff of any hub.</summary>
    public bool IsStaff(PlatformIdentity identity) => StaffedBy(identity.Key).Count > 0;

    public IReadOnlyList<PlatformIdentity> Identities =>
        [.. All.SelectMany(h => h.Staff).Select(Parse).OfType<PlatformIdentity>().Distinct()];

    public IReadOnlyList<HubOptions> StaffedBy(string identityKey) =>
        All.Where(h => h.Staff.Contains(identityKey, StringComparer.OrdinalIgnoreCase)).ToList();

    private static PlatformIdentity? Parse(string key) => PlatformIdentity.TryParse(key, out var identity) ? identity : null;

    private static HashSet<string> HubKeys(HubOptions hub) =>
        [PlaceNameFolding.Fold(hub.Id), PlaceNameFolding.Fold(hub.Name), PlaceNameFolding.FoldDroppingUmlauts(hub.Name)];
}
