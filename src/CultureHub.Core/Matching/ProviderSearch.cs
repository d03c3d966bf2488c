using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>A member who offers what a role needs, with how well and how far from where the work is.</summary>
public sealed record ProviderMatch(string MemberId, string OfferId, double Score, double? DistanceKm);

/// <summary>
/// The narrow question a project asks for each of its roles: who offers competence X best near point P,
/// leaving out these people. It uses the index's provider lists and the pair scorer's proximity, so a
/// role is scored like the need it is — distance counts where the work is in person, hardly where it is remote.
/// </summary>
public sealed class ProviderSearch(MatchIndex index)
{
    /// <summary>Providers looked at per query: more than the pair matcher's, as projects exclude busy people.</summary>
    private const int Reach = 4 * MatchIndex.ProvidersLimit;

    /// <summary>Best first (score, then nearer, then id); empty for an unknown competence.</summary>
    public IReadOnlyList<ProviderMatch> Best(string competenceId, GeoPoint? near, Locality locality, Func<string, bool> isExcluded, int top)
    {
        var codes = index.Codes;
        if (top <= 0 || !codes.Contains(competenceId))
        {
            return [];
        }

        var need = codes[competenceId];
        var mode = codes.ModeOf(need);
        var seen = new HashSet<int>();
        var found = new List<ProviderMatch>();
        index.Providers(need, near, Reach, candidate =>
        {
            var profile = index[candidate];
            if (!seen.Add(candidate) || profile.Profile.IsPaused || isExcluded(profile.Profile.Id))
            {
                return;
            }

            var distance = near is not null && profile.Profile.Location is { } at ? near.DistanceKmTo(at) : (double?)null;
            var proximity = PairScorer.Proximity(mode, locality, distance);
            var (score, offer) = profile.Offers
                .Where(o => codes.Serves(o.Id, need))
                .Select(o => (Score: o.Confidence * proximity * (o.Id == need ? 1 : codes.SpecificityOf(need)), o.Id))
                .DefaultIfEmpty((Score: 0d, Id: -1))
                .MaxBy(x => x.Score);
            if (score > 0)
            {
                found.Add(new ProviderMatch(profile.Profile.Id, codes.Entry(offer).Id, Math.Round(score, 4), distance));
            }
        });

        return found
            .OrderByDescending(p => p.Score)
            .ThenBy(p => p.DistanceKm ?? double.MaxValue)
            .ThenBy(p => p.MemberId, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }

    /// <summary>An index over these members, their tags read the way the matcher reads them.</summary>
    public static ProviderSearch Over(IReadOnlyList<Member> members, CompetenceTaxonomy taxonomy, ProfileReader reader) =>
        new(new MatchIndex(members.Select(m => MatchProfile.From(m, reader)).ToList(), taxonomy));
}
