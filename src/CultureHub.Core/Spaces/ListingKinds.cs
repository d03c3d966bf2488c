using CultureHub.Core.Matching;

namespace CultureHub.Core.Spaces;

/// <summary>One kind of thing members can list; <see cref="Id"/> is a taxonomy id.</summary>
/// <param name="AlsoFoundBy">
/// Taxonomy ids of needs this kind answers besides its own: a search for "Licht" reads as the
/// lighting craft, and a lighting rig answers it too. Kept here rather than in the taxonomy's
/// <c>serves</c> so that lending gear does not make a member a match for the people who do the craft.
/// </param>
public sealed record ListingKind(string Id, bool IsGear, IReadOnlyList<string> AlsoFoundBy);

/// <summary>The spaces and gear the /share form offers, and which kinds answer a search.</summary>
public sealed class ListingKinds(CompetenceTaxonomy taxonomy)
{
    public static readonly IReadOnlyList<ListingKind> All =
    [
        new("rehearsal_room", false, []),
        new("recording", false, ["music_production"]),
        new("venue", false, ["gig_opportunity", "event_space"]),
        new("event_space", false, ["venue"]),
        new("coworking", false, ["workspace"]),
        new("workshop_space", false, ["workspace"]),
        new("pa_system", true, ["live_sound", "event_tech"]),
        new("lighting_gear", true, ["lighting", "event_tech"]),
        new("backline", true, ["event_tech"]),
        new("camera_gear", true, ["camera", "video", "photography"]),
        new("print_gear", true, ["merch_printing"]),
    ];

    /// <summary>The kinds the taxonomy knows (a trimmed taxonomy drops the others instead of failing).</summary>
    public IReadOnlyList<ListingKind> Known { get; } = All.Where(k => taxonomy.Contains(k.Id)).ToList();

    public ListingKind? Find(string? id) => Known.FirstOrDefault(k => k.Id == id);

    public string Label(string id, Members.Language language) => taxonomy.Find(id)?.Label.For(language) ?? id;

    /// <summary>The listing kinds that answer any of these sought taxonomy ids; <paramref name="isStrict"/> leaves out the related ones.</summary>
    public IReadOnlyList<string> Answering(IEnumerable<string> soughtIds, bool isStrict = false)
    {
        var sought = soughtIds.ToHashSet(StringComparer.Ordinal);
        return Known.Where(k => sought.Contains(k.Id) || (!isStrict && k.AlsoFoundBy.Any(sought.Contains))).Select(k => k.Id).ToList();
    }
}
