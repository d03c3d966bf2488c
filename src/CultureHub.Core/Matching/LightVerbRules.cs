using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>
/// Verbs that mean little until their object is known ("spielen", "machen", "produzieren"): read by their
/// object, or by the role the member already stated.
/// </summary>
internal sealed class LightVerbRules(ReadingCues cues, CompetenceTaxonomy taxonomy)
{
    private const int ObjectReach = 2;

    /// <summary>"wir spielen" means a band until its object says otherwise ("wir spielen Improtheater").</summary>
    public bool IsBeforeObject(IReadOnlyList<PatternHit> hits, int i, TextLayout layout)
    {
        var hit = hits[i];
        if (!IsLightVerb(hit))
        {
            return false;
        }

        var sector = taxonomy.Find(hit.Pattern.TargetId)?.Sector;
        return hits.Skip(i + 1).Any(h => h.Start > hit.End && h.Start <= hit.End + ObjectReach
            && layout.ClauseOf(h.Start) == layout.ClauseOf(hit.Start)
            && !h.Pattern.TargetId.StartsWith("cue:", StringComparison.Ordinal)
            && taxonomy.Find(h.Pattern.TargetId) is var entry && entry?.Kind != EntryKind.Style && entry?.Sector != sector);
    }

    /// <summary>
    /// Without an object, "wir spielen" means what the member already said they are: a puppet theatre that
    /// plays for children is no band.
    /// </summary>
    public bool IsOfAnotherRole(PatternHit hit, HashSet<Sector?> roleSectors) =>
        IsLightVerb(hit) && taxonomy.Find(hit.Pattern.TargetId) is { } entry && roleSectors.Count > 0 && !roleSectors.Contains(entry.Sector);

    public bool IsLightVerb(PatternHit hit) => hit.Pattern.Steps.All(s => cues.LightVerbsOrSpeakers(s.Value));
}
