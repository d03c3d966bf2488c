using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>
/// The extractor used when no competence reader is registered (a host without the matcher):
/// profiles keep the member's own words and carry no tags.
/// </summary>
public sealed class NoCompetenceExtractor : ICompetenceExtractor
{
    public CompetenceExtraction Extract(string offers, string seeks, Language language) => CompetenceExtraction.Empty;
}
