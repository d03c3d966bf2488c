using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>What a reader found in a member's own words.</summary>
public sealed record CompetenceExtraction(IReadOnlyList<CompetenceTag> Offers, IReadOnlyList<CompetenceTag> Seeks)
{
    public static CompetenceExtraction Empty { get; } = new([], []);
}

/// <summary>Reads competences from free text. The matcher provides the real reader.</summary>
public interface ICompetenceExtractor
{
    CompetenceExtraction Extract(string offers, string seeks, Language language);
}
