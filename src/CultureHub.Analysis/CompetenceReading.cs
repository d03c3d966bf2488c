using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Analysis;

/// <summary>Wires the Lucene analyser to the taxonomy: its German words become the decompounding dictionary.</summary>
public static class CompetenceReading
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA2000:Dispose objects before losing scope", Justification = "The analyser lives as long as the reader it is given to, a singleton for the life of the process.")]
    public static ProfileReader CreateReader(CompetenceTaxonomy taxonomy) =>
        new(taxonomy, new LuceneTermAnalyzer(CompoundParts(taxonomy)));

    /// <summary>Registers the taxonomy, the reader, the interview's extractor and vocabulary, and the explanation templates.</summary>
    public static IServiceCollection AddCompetenceReading(this IServiceCollection services)
    {
        services.AddSingleton(_ => CompetenceTaxonomy.LoadDefault());
        services.AddSingleton(_ => ExplanationTemplates.LoadDefault());
        services.AddSingleton(sp => CreateReader(sp.GetRequiredService<CompetenceTaxonomy>()));
        services.AddSingleton<ICompetenceExtractor>(sp => new TaxonomyCompetenceExtractor(sp.GetRequiredService<ProfileReader>()));
        services.AddSingleton<ICompetenceVocabulary>(sp => new TaxonomyVocabulary(sp.GetRequiredService<CompetenceTaxonomy>()));
        return services;
    }

    // Phrasings hold function words ("eine", "für"); only names of things may be parts of compounds.
    private static IEnumerable<string> CompoundParts(CompetenceTaxonomy taxonomy) =>
        taxonomy.Entries
            .SelectMany(e => e.Synonyms.De.Append(e.Label.De))
            .SelectMany(t => t.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries))
            .Where(w => !w.EndsWith('*') || w.Length > 5)
            .Distinct(StringComparer.OrdinalIgnoreCase);
}
