using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>
/// Inverted indexes over a set of profiles: need → members whose offers serve it, and
/// need → members who seek it. Candidates come from these lists, never from all pairs.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>How many providers of one need are looked at per query, nearest first.</summary>
    internal const int ProvidersLimit = 100;

    /// <summary>How many members needing what the member offers are looked at (for mutual and client fits).</summary>
    internal const int SeekersLimit = 40;
    private readonly Dictionary<string, int> _byId;
    private readonly SpatialPostings?[] _providers;
    private readonly SpatialPostings?[] _seekers;

    public MatchIndex(IReadOnlyList<MatchProfile> profiles, CompetenceTaxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        Codes = new TaxonomyCodes(taxonomy);
        Profiles = new CompiledProfile[profiles.Count];
        _byId = new Dictionary<string, int>(profiles.Count, StringComparer.Ordinal);
        _providers = new SpatialPostings?[Codes.Count];
        _seekers = new SpatialPostings?[Codes.Count];
        var served = new HashSet<int>();
        for (var i = 0; i < profiles.Count; i++)
        {
            var profile = CompiledProfile.Compile(i, profiles[i], Codes);
            Profiles[i] = profile;
            _byId[profile.Profile.Id] = i;
            served.Clear();
            foreach (var need in profile.Offers.SelectMany(o => Codes.NeedsServedBy(o.Id)).Where(served.Add))
            {
                Postings(_providers, need).Add(i, profile.Profile.Location);
            }

            foreach (var need in profile.Needs)
            {
                Postings(_seekers, need.Id).Add(i, profile.Profile.Location);
            }
        }
    }

    public CompetenceTaxonomy Taxonomy { get; }

    public int Count => Profiles.Length;

    internal TaxonomyCodes Codes { get; }

    internal CompiledProfile[] Profiles { get; }

    public MatchProfile? Find(string memberId) => _byId.TryGetValue(memberId, out var i) ? Profiles[i].Profile : null;

    internal CompiledProfile? Compiled(string memberId) => _byId.TryGetValue(memberId, out var i) ? Profiles[i] : null;

    /// <summary>Everyone who may serve the member or be served by them (duplicates possible).</summary>
    internal void Candidates(CompiledProfile member, Action<int> visit)
    {
        var origin = member.Profile.Location;
        foreach (var need in member.Needs)
        {
            _providers[need.Id]?.Nearest(origin, ProvidersLimit, visit);
        }

        foreach (var offer in member.Offers)
        {
            foreach (var need in Codes.NeedsServedBy(offer.Id))
            {
                _seekers[need]?.Nearest(origin, SeekersLimit, visit);
            }
        }
    }

    /// <summary>Members whose offers serve <paramref name="need"/>, nearest to <paramref name="origin"/> first, up to about <paramref name="limit"/>.</summary>
    internal void Providers(int need, GeoPoint? origin, int limit, Action<int> visit) => _providers[need]?.Nearest(origin, limit, visit);

    private static SpatialPostings Postings(SpatialPostings?[] lists, int need) => lists[need] ??= new SpatialPostings();
}
