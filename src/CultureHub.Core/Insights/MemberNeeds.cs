using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Insights;

/// <summary>
/// What one member seeks and what their offers serve, read the way the matcher reads them
/// (<see cref="MatchProfile.From"/>: the stored tags, or the <see cref="ProfileReader"/> on their words).
/// </summary>
/// <param name="Region">The member's hub region (a hub id), or outside/unknown.</param>
/// <param name="IsAvailable">Whether matching may propose them (not paused).</param>
public sealed record MemberNeeds(
    string MemberId,
    IReadOnlySet<string> Sought,
    IReadOnlySet<string> Serves,
    Locality Locality,
    GeoPoint? Location,
    string Region,
    bool IsAvailable)
{
    /// <summary>Below this the reader itself doubts a tag ("Websites für Bands" does not seek bands).</summary>
    public const double MinimumConfidence = 0.5;

    public static MemberNeeds Read(Member member, ProfileReader reader, NiedersachsenMap map)
    {
        var profile = MatchProfile.From(member, reader);
        var taxonomy = reader.Taxonomy;
        var offers = profile.Offers.Where(t => t.Confidence >= MinimumConfidence && taxonomy.Find(t.CompetenceId)?.Kind == EntryKind.Competence)
            .Select(t => t.CompetenceId).ToHashSet(StringComparer.Ordinal);

        // Seeking what you offer yourself means seeking people who need it: clients, not a provider.
        var sought = profile.Seeks
            .Where(t => t.Confidence >= MinimumConfidence && !offers.Contains(t.CompetenceId))
            .Where(t => taxonomy.Find(t.CompetenceId) is { Kind: EntryKind.Competence or EntryKind.Need, IsReverse: false })
            .Select(t => t.CompetenceId)
            .ToHashSet(StringComparer.Ordinal);
        var serves = offers.SelectMany(taxonomy.NeedsServedBy).ToHashSet(StringComparer.Ordinal);
        return new MemberNeeds(member.Id, sought, serves, profile.Locality, profile.Location, RegionOf(member, map), !profile.IsPaused);
    }

    /// <summary>The hub region a member counts under for needs: the hub of their district, or outside/unknown.</summary>
    public static string RegionOf(Member member, NiedersachsenMap map) => member.Town?.Place switch
    {
        null or { IsInNiedersachsen: true, Region: null } => MemberGeography.Unknown,
        { IsInNiedersachsen: false } => MemberGeography.Outside,
        var place => map.HubOf(NiedersachsenMap.DistrictKey(place)) ?? MemberGeography.Niedersachsen,
    };

    /// <summary>
    /// Whether <paramref name="provider"/> can meet this member's need for <paramref name="need"/>: anyone
    /// anywhere when it can be done remotely (the taxonomy's work mode, unless the seeker asked for
    /// someone near), otherwise someone located within <paramref name="reachKm"/>.
    /// </summary>
    public bool IsWithinReach(MemberNeeds provider, WorkMode mode, double reachKm)
    {
        if (Locality == Locality.Remote || (Locality != Locality.Local && mode != WorkMode.InPerson))
        {
            return true;
        }

        return Location is { } here && provider.Location is { } there && here.DistanceKmTo(there) <= reachKm;
    }
}
