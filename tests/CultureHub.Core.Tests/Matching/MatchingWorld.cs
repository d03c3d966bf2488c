using CultureHub.Analysis;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Tests.Matching;

/// <summary>The real taxonomy and reader (built once), and a builder for small member worlds.</summary>
internal static class MatchingWorld
{
    public static readonly GeoPoint Hannover = new(52.37, 9.73);
    public static readonly GeoPoint Langenhagen = new(52.44, 9.74);
    public static readonly GeoPoint Emden = new(53.37, 7.21);

    private static readonly Lazy<(CompetenceTaxonomy Taxonomy, ProfileReader Reader, ExplanationTemplates Texts)> Shared = new(() =>
    {
        var taxonomy = CompetenceTaxonomy.LoadDefault();
        return (taxonomy, CompetenceReading.CreateReader(taxonomy), ExplanationTemplates.LoadDefault());
    });

    public static CompetenceTaxonomy Taxonomy => Shared.Value.Taxonomy;

    public static ProfileReader Reader => Shared.Value.Reader;

    public static MatchProfile Member(string id, string offers, string seeks, GeoPoint? at = null, Language language = Language.De, string? name = null) =>
        MatchProfile.Read(id, name ?? id, language, offers, seeks, null, at ?? Hannover, Reader);

    public static ComplementaryMatcher Matcher(params MatchProfile[] profiles) =>
        new(new MatchIndex(profiles, Taxonomy), Shared.Value.Texts);

    public static IReadOnlyList<string> Ids(IReadOnlyList<CompetenceTag> tags) => tags.Select(t => t.CompetenceId).ToList();
}
