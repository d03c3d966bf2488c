namespace CultureHub.Core.Matching;

/// <summary>
/// The taxonomy's own entries for a band and for musicians, found by reading those words, so that the
/// reader's group and instrument rules follow the vocabulary instead of naming entry ids.
/// </summary>
/// <param name="BandId">What "band" reads as: the group a band-like ensemble is.</param>
/// <param name="MusicianId">What "musician" reads as: an instrument is a craft that serves it.</param>
internal sealed record MusicWords(string? BandId, string? MusicianId)
{
    /// <summary>Playing or singing: a music craft that serves musicians and is no group ("Gitarre", "synth", "Gesang").</summary>
    public bool IsInstrument(TaxonomyEntry? entry) =>
        entry is { Kind: EntryKind.Competence, IsGroup: false, Sector: Members.Sector.Music } && MusicianId is not null
        && entry.Serves.Contains(MusicianId, StringComparer.Ordinal);
}
