using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Matching;

/// <summary>The interview's competence reader, backed by the taxonomy.</summary>
public sealed class TaxonomyCompetenceExtractor(ProfileReader reader) : ICompetenceExtractor
{
    public CompetenceExtraction Extract(string offers, string seeks, Language language) =>
        new(reader.ReadOffers(offers, language), reader.ReadSeeks(seeks, language));
}
