using CultureHub.Core.Places;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Spaces;

/// <summary>A listing found for a search, with its distance from the searcher's town (null when that is unknown).</summary>
public sealed record ListingHit(Listing Listing, double? DistanceKm);

/// <summary>
/// Finds bookable listings of the asked kinds, nearest first, within the search radius of the town
/// (everywhere when no town is known). Reads only the asked kinds from the store's kind index.
/// </summary>
public sealed class ListingFinder(ISpaceStore store, IOptions<SpaceOptions> options)
{
    public async Task<IReadOnlyList<ListingHit>> FindAsync(IReadOnlyList<string> kinds, GeoPoint? from, string? exceptMemberId, int max, double? radiusKm, CancellationToken cancellationToken)
    {
        if (kinds.Count == 0)
        {
            return [];
        }

        var radius = radiusKm ?? options.Value.SearchRadiusKm;
        var rank = kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var hits = new List<ListingHit>();
        foreach (var listing in await store.ActiveListingsAsync(kinds, cancellationToken))
        {
            if (exceptMemberId is not null && listing.OwnerMemberId == exceptMemberId)
            {
                continue;
            }

            var distance = from is null ? (double?)null : from.DistanceKmTo(listing.Town.Location);
            if (distance is null || distance <= radius)
            {
                hits.Add(new ListingHit(listing, distance));
            }
        }

        return hits
            .OrderBy(h => h.DistanceKm ?? 0)
            .ThenBy(h => rank.GetValueOrDefault(h.Listing.Kind))
            .ThenBy(h => h.Listing.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }
}
