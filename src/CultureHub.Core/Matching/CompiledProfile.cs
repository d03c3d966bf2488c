using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>A tag as the matcher uses it: the taxonomy entry's number, how sure the reader was, and whether a need names clients.</summary>
internal readonly record struct Weighted(int Id, float Confidence, bool IsClient = false);

/// <summary>A profile turned into numbers for fast scoring.</summary>
internal sealed record CompiledProfile(
    int Index,
    MatchProfile Profile,
    Weighted[] Offers,
    Weighted[] Needs,
    Weighted[] ClientOffers,
    int[] Styles,
    Sector? MainSector,
    bool IsAfterClients = false)
{
    /// <summary>Below this an offer is something the member mentioned (whom they work for), not what they are.</summary>
    internal const float RoleConfidence = 0.5f;

    /// <summary>How surely a client-seeker's offer finds clients when the member named another service as the one sought.</summary>
    internal const float UnnamedClientShare = 0.5f;

    public bool IsSeeking => Needs.Length > 0 || ClientOffers.Length > 0;

    /// <summary>
    /// Whether a need names the clients the member is after. Where the reader could not tell which do
    /// (clients asked for without naming them, or labels stored before it could), every need may.
    /// </summary>
    public bool IsClientNeed(int need) =>
        IsAfterClients && (!Needs.Any(n => n.IsClient) || Needs.Any(n => n.Id == need && n.IsClient));

    public static CompiledProfile Compile(int index, MatchProfile profile, TaxonomyCodes codes)
    {
        Weighted[] offers = [.. profile.Offers.Where(t => codes.KindOf(t.CompetenceId) == EntryKind.Competence)
            .Select(t => new Weighted(codes[t.CompetenceId], (float)t.Confidence)), .. SeekerOffers(profile, codes)];
        // Only what the member is counts here: someone who books punk bands does not offer a band.
        var offered = offers.Where(o => o.Confidence >= RoleConfidence).Select(o => o.Id).ToHashSet();
        var seeks = profile.Seeks.Where(t => codes.Contains(t.CompetenceId)).ToList();

        // Seeking what you offer yourself means seeking people who need it ("more drum recording jobs").
        var wantsClients = seeks.Any(t => codes.IsReverse(t.CompetenceId));
        // A self-seek counts as surely as it was read: a half-heard "Veranstalter" in a venue's need for sound
        // must not make the venue hunt for bands as surely as a stated "more jobs" would.
        var named = offers.Where(o => offered.Contains(o.Id) && seeks.Any(t => codes[t.CompetenceId] == o.Id)).Select(o => o.Id).ToHashSet();
        var clientOffers = offers.Where(o => wantsClients || named.Contains(o.Id))
            .Select(o => !wantsClients ? o with { Confidence = Math.Min(o.Confidence, (float)seeks.Where(t => codes[t.CompetenceId] == o.Id).Max(t => t.Confidence)) }
                // A member after clients who names the service they need ("directors who need an editor") is after
                // clients for that service; their other offers find clients too, but less surely.
                : named.Count > 0 && !named.Contains(o.Id) ? o with { Confidence = o.Confidence * UnnamedClientShare } : o)
            .ToArray();
        Weighted[] needs = [.. seeks.Where(t => codes.KindOf(t.CompetenceId) is EntryKind.Competence or EntryKind.Need)
            .Where(t => !codes.IsReverse(t.CompetenceId) && !offered.Contains(codes[t.CompetenceId]))
            .Select(t => new Weighted(codes[t.CompetenceId], (float)t.Confidence, t.IsClient))];
        int[] styles = [.. profile.Offers.Concat(profile.Seeks).Where(t => codes.KindOf(t.CompetenceId) == EntryKind.Style)
            .Select(t => codes[t.CompetenceId]).Distinct()];
        var main = offers.Length == 0 ? null : codes.SectorOf(offers.MaxBy(o => o.Confidence).Id);
        var isAfterClients = seeks.Any(t => codes.IsReverse(t.CompetenceId));
        return new CompiledProfile(index, profile, offers, needs, clientOffers, styles, profile.Sectors.Count > 0 ? profile.Sectors[0] : main, isAfterClients);
    }

    /// <summary>
    /// What the member offers by what they seek (an internship: themself as a trainee), as surely as the seek
    /// was read; nothing the member offers in words already.
    /// </summary>
    private static IEnumerable<Weighted> SeekerOffers(MatchProfile profile, TaxonomyCodes codes) =>
        profile.Seeks.Where(t => codes.Contains(t.CompetenceId))
            .SelectMany(t => codes.SeekerOffersOf(codes[t.CompetenceId]).Select(o => new Weighted(o, (float)t.Confidence)))
            .Where(o => !profile.Offers.Any(t => codes.Contains(t.CompetenceId) && codes[t.CompetenceId] == o.Id))
            .DistinctBy(o => o.Id);
}
