using System.Globalization;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>
/// Inverted indexes over a set of profiles: need → members whose offers serve it, and
/// need → members who seek it. Candidates come from these lists, never from all pairs.
/// Profiles can be added, replaced and removed one at a time, so the index stays current as members
/// edit, pause or delete their profiles; which candidates a query sees never depends on the order in
/// which profiles arrived, so an index kept current answers exactly like one built anew.
/// </summary>
public sealed class MatchIndex
{
    /// <summary>How many providers of one need are looked at per query, nearest first.</summary>
    internal const int ProvidersLimit = 100;

    /// <summary>How many members needing what the member offers are looked at (for mutual and client fits).</summary>
    internal const int SeekersLimit = 40;
    private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);
    private readonly List<CompiledProfile?> _slots = [];
    private readonly Stack<int> _free = new();
    private readonly SpatialPostings?[] _providers;
    private readonly SpatialPostings?[] _seekers;
    private readonly Func<int, string> _idOf;

    public MatchIndex(CompetenceTaxonomy taxonomy)
    {
        Taxonomy = taxonomy;
        Codes = new TaxonomyCodes(taxonomy);
        _providers = new SpatialPostings?[Codes.Count];
        _seekers = new SpatialPostings?[Codes.Count];
        _idOf = slot => _slots[slot]!.Profile.Id;
    }

    public MatchIndex(IReadOnlyList<MatchProfile> profiles, CompetenceTaxonomy taxonomy)
        : this(taxonomy)
    {
        foreach (var profile in profiles)
        {
            Upsert(profile);
        }
    }

    public CompetenceTaxonomy Taxonomy { get; }

    /// <summary>How many profiles the index holds.</summary>
    public int Count => _byId.Count;

    internal TaxonomyCodes Codes { get; }

    /// <summary>The number of slots; a slot of a removed profile is empty until it is reused.</summary>
    internal int Capacity => _slots.Count;

    internal IEnumerable<CompiledProfile> Profiles => _slots.OfType<CompiledProfile>();

    internal CompiledProfile this[int slot] => _slots[slot] ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"slot {slot} is empty"));

    public MatchProfile? Find(string memberId) => Compiled(memberId)?.Profile;

    internal CompiledProfile? Compiled(string memberId) => _byId.TryGetValue(memberId, out var i) ? _slots[i] : null;

    /// <summary>Adds the profile, or replaces the one with the same id.</summary>
    public void Upsert(MatchProfile profile)
    {
        Remove(profile.Id);
        var slot = _free.Count > 0 ? _free.Pop() : AddSlot();
        var compiled = CompiledProfile.Compile(slot, profile, Codes);
        _slots[slot] = compiled;
        _byId[profile.Id] = slot;
        foreach (var need in ServedNeeds(compiled))
        {
            Postings(_providers, need).Add(slot, profile.Location);
        }

        foreach (var need in SoughtNeeds(compiled))
        {
            Postings(_seekers, need).Add(slot, profile.Location);
        }
    }

    /// <summary>Removes the profile; false when the index did not hold it.</summary>
    public bool Remove(string memberId)
    {
        if (!_byId.Remove(memberId, out var slot))
        {
            return false;
        }

        var compiled = _slots[slot]!;
        foreach (var need in ServedNeeds(compiled))
        {
            _providers[need]?.Remove(slot, compiled.Profile.Location);
        }

        foreach (var need in SoughtNeeds(compiled))
        {
            _seekers[need]?.Remove(slot, compiled.Profile.Location);
        }

        _slots[slot] = null;
        _free.Push(slot);
        return true;
    }

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

    private int AddSlot()
    {
        _slots.Add(null);
        return _slots.Count - 1;
    }

    private IEnumerable<int> ServedNeeds(CompiledProfile profile) => profile.Offers.SelectMany(o => Codes.NeedsServedBy(o.Id)).Distinct();

    private static IEnumerable<int> SoughtNeeds(CompiledProfile profile) => profile.Needs.Select(n => n.Id).Distinct();

    private SpatialPostings Postings(SpatialPostings?[] lists, int need) => lists[need] ??= new SpatialPostings(_idOf);
}
