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

        var rank = kinds.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        return Nearest(await store.ActiveListingsAsync(kinds, cancellationToken), from, exceptMemberId, max, radiusKm, rank);
    }

    /// <summary>
    /// Listings whose name or description holds every word of the search ("Siebdruck" finds a workshop
    /// with "Siebdrucktische"): the fallback when no listing kind answers. It reads all active listings,
    /// so it runs only when the kind search found nothing.
    /// </summary>
    public async Task<IReadOnlyList<ListingHit>> FindByWordsAsync(string what, GeoPoint? from, string? exceptMemberId, int max, CancellationToken cancellationToken)
    {
        var words = ListingWords.Of(what);
        if (words.Count == 0)
        {
            return [];
        }

        var listings = (await store.ActiveListingsAsync(null, cancellationToken)).Where(l => ListingWords.AllIn(words, l)).ToList();
        return Nearest(listings, from, exceptMemberId, max, radiusKm: null, rank: null);
    }

    private List<ListingHit> Nearest(IEnumerable<Listing> listings, GeoPoint? from, string? exceptMemberId, int max, double? radiusKm, Dictionary<string, int>? rank)
    {
        var radius = radiusKm ?? options.Value.SearchRadiusKm;
        var hits = new List<ListingHit>();
        foreach (var listing in listings)
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
            .ThenBy(h => rank?.GetValueOrDefault(h.Listing.Kind) ?? 0)
            .ThenBy(h => h.Listing.Id, StringComparer.Ordinal)
            .Take(max)
            .ToList();
    }
}
