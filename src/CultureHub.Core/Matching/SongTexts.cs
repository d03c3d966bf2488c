namespace CultureHub.Core.Matching;

/// <summary>
/// "Texte" alone are copy for a website as often as the words of a song. Beside singing, songs or making
/// music in the same sentence ("jemand, der mir Texte schreibt und die Musik dazu macht", "ich singe und
/// schreibe Texte") they are the song's: such a hit reads as lyrics. A band named there is no such sign
/// ("Wir sind eine Band und brauchen Texte für die Website"): bands need copy too.
/// </summary>
internal sealed class SongTexts(CompetenceTaxonomy taxonomy, ITermAnalyzer analyzer, string? copyId, string? lyricsId)
{
    private readonly string? _textStem = analyzer.Analyze("Texte", Members.Language.De).FirstOrDefault(t => !t.IsSubword)?.Stem;

    /// <param name="hits">The chosen hits, ordered by where they start.</param>
    public List<PatternHit> Read(List<PatternHit> hits, TextLayout layout)
    {
        if (_textStem is null || copyId is null || lyricsId is null)
        {
            return hits;
        }

        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            if (IsBareText(hit) && hits.Any(other => layout.ClauseOf(other.Start) == layout.ClauseOf(hit.Start) && IsMusicMaking(other)))
            {
                hits[i] = hit with { Pattern = hit.Pattern with { TargetId = lyricsId } };
            }
        }

        return hits;
    }

    private bool IsBareText(PatternHit hit) =>
        hit.Pattern.TargetId == copyId && !hit.IsViaSubword && hit.Pattern.Steps is [{ IsPrefix: false } step] && step.Value == _textStem;

    private bool IsMusicMaking(PatternHit hit) =>
        hit.Pattern.TargetId != copyId
        && taxonomy.Find(hit.Pattern.TargetId) is { Kind: EntryKind.Competence, IsGroup: false, Sector: Members.Sector.Music };
}
