using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>What a reader found in a member's own words.</summary>
public sealed record CompetenceExtraction(IReadOnlyList<CompetenceTag> Offers, IReadOnlyList<CompetenceTag> Seeks)
{
    public static CompetenceExtraction Empty { get; } = new([], []);

    /// <summary>Both readings together: each competence once, with the higher confidence.</summary>
    public CompetenceExtraction Merge(CompetenceExtraction other) => new(Union(Offers, other.Offers), Union(Seeks, other.Seeks));

    private static List<CompetenceTag> Union(IReadOnlyList<CompetenceTag> first, IReadOnlyList<CompetenceTag> second) =>
        first.Concat(second)
            .GroupBy(t => t.CompetenceId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(t => t.Confidence)!)
            .ToList();
}

/// <summary>Reads competences from free text. The matcher provides the real reader.</summary>
public interface ICompetenceExtractor
{
    CompetenceExtraction Extract(string offers, string seeks, Language language);
}
