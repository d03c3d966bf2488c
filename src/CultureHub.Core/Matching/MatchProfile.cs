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

    /// <summary>
    /// A member is matched on the labels their card shows and they could correct: the understood ones
    /// (confirmed ones counting fully) and the merely mentioned ones at their low confidence.
    /// </summary>
    private static List<CompetenceTag> Corrected(Member member, LabelSide side, IReadOnlyList<CompetenceTag> tags) =>
        member.Corrections.Apply(side, tags).Where(t => UnderstoodLabels.IsShown(t) || UnderstoodLabels.IsMention(t))
            .Select(t => t.IsConfirmed ? t with { Confidence = 1.0 } : t).ToList();

    /// <summary>A profile from plain words (an evaluation file), read as its member would have saved it.</summary>
    public static MatchProfile Read(
        string id, string name, Language language, string offers, string seeks, string? town, GeoPoint? location, ProfileReader reader) =>
        new(
            id,
            name,
            language,
            offers,
            seeks,
            Saved(reader.ReadOffers(offers, language)),
            Saved(reader.ReadSeeks(seeks, language)),
            location,
            town,
            [],
            false,
            reader.ReadLocality(seeks, language),
            reader.ReadsAsRemoteCapable(offers, language));

    /// <summary>
    /// Read as a member who saved the card as shown ("passt"): what it showed as understood is confirmed
    /// and counts fully, what it showed as merely mentioned keeps its low confidence. So an evaluation
    /// file is matched as bot members are, and its figures are production's.
    /// </summary>
    private static List<CompetenceTag> Saved(IReadOnlyList<CompetenceTag> tags) =>
        tags.Select(t => UnderstoodLabels.IsShown(t) ? t with { Confidence = 1.0, IsConfirmed = true } : t).Where(t => t.Confidence > 0).ToList();
}
