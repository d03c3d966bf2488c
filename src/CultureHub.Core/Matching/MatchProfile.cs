using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Matching;

/// <summary>What the matcher knows about one member: their words, what was read from them, and where they are.</summary>
public sealed record MatchProfile(
    string Id,
    string Name,
    Language Language,
    string OffersText,
    string SeeksText,
    IReadOnlyList<CompetenceTag> Offers,
    IReadOnlyList<CompetenceTag> Seeks,
    GeoPoint? Location,
    string? Town,
    IReadOnlyList<Sector> Sectors,
    bool IsPaused,
    Locality Locality = Locality.AsUsual,
    bool IsRemoteCapable = false)
{
    public bool HasSeeks => Seeks.Count > 0;

    /// <summary>
    /// A bot member: keeps tags the interview already stored, reads the words otherwise, and honours
    /// the member's corrections either way (removed labels never count, confirmed ones count fully).
    /// </summary>
    public static MatchProfile From(Member member, ProfileReader reader)
    {
        var offers = Corrected(member, LabelSide.Offer, member.OfferTags.Count > 0 ? member.OfferTags : reader.ReadOffers(member.Offers, member.Language));
        var seeks = Corrected(member, LabelSide.Seek, member.SeekTags.Count > 0 ? member.SeekTags : reader.ReadSeeks(member.Seeks, member.Language));
        return new MatchProfile(
            member.Id,
            member.DisplayName,
            member.Language,
            member.Offers,
            member.Seeks,
            offers,
            seeks,
            member.Town?.Place?.Location,
            member.Town?.Place?.Name ?? member.Town?.Text,
            member.Sectors,
            member.IsMatchingPaused,
            reader.ReadLocality(member.Seeks, member.Language),
            reader.ReadsAsRemoteCapable(member.Offers, member.Language));
    }

    /// <summary>A member is matched on the labels they were shown and could correct, confirmed ones counting fully.</summary>
    private static List<CompetenceTag> Corrected(Member member, LabelSide side, IReadOnlyList<CompetenceTag> tags) =>
        member.Corrections.Apply(side, tags).Where(UnderstoodLabels.IsShown).Select(t => t.IsConfirmed ? t with { Confidence = 1.0 } : t).ToList();

    /// <summary>A profile from plain words (an import, an evaluation file).</summary>
    public static MatchProfile Read(
        string id, string name, Language language, string offers, string seeks, string? town, GeoPoint? location, ProfileReader reader) =>
        new(
            id,
            name,
            language,
            offers,
            seeks,
            reader.ReadOffers(offers, language),
            reader.ReadSeeks(seeks, language),
            location,
            town,
            [],
            false,
            reader.ReadLocality(seeks, language),
            reader.ReadsAsRemoteCapable(offers, language));
}
