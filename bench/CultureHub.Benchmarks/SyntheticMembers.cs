using CultureHub.Core;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Benchmarks;

/// <summary>Invented members whose words come from the taxonomy itself, spread over Niedersachsen's places.</summary>
internal sealed class SyntheticMembers(CompetenceTaxonomy taxonomy, IReadOnlyList<Place> places, int seed)
{
    private readonly Random _random = new(seed);
    private readonly TaxonomyEntry[] _competences = [.. taxonomy.Entries.Where(e => e.Kind == EntryKind.Competence)];
    private readonly TaxonomyEntry[] _seekable = [.. taxonomy.Entries.Where(e => e.Kind is EntryKind.Competence or EntryKind.Need && !e.IsReverse)];

    public IEnumerable<(string Id, string Name, Language Language, string About, string Seeks, Place Place)> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var language = _random.NextDouble() < 0.8 ? Language.De : Language.En;
            var offers = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => Word(Pick(_competences), language));
            var about = language == Language.De ? $"Ich bin {string.Join(" und ", offers)} aus der Gegend." : $"I'm into {string.Join(" and ", offers)}.";
            var seeks = _random.NextDouble() < 0.3 ? string.Empty : language == Language.De
                ? $"Ich suche {string.Join(" und ", Enumerable.Range(0, _random.Next(1, 3)).Select(_ => Word(Pick(_seekable), language)))}."
                : $"Looking for {Word(Pick(_seekable), language)}.";
            yield return ($"m{i:D6}", $"Member {i}", language, about, seeks, places[_random.Next(places.Count)]);
        }
    }

    /// <summary>A generated member as the interview would have stored them, reachable in the web chat.</summary>
    public static Member ToMember((string Id, string Name, Language Language, string About, string Seeks, Place Place) m) => new()
    {
        Id = m.Id,
        DisplayName = m.Name,
        Language = m.Language,
        Offers = m.About,
        Seeks = m.Seeks,
        Town = new MemberTown(m.Place.Name, m.Place),
        Consent = new ConsentRecord("bench", DateTimeOffset.UnixEpoch),
        Identities = [new PlatformIdentity(ChatPlatform.Web, "visitor-" + m.Id)],
    };

    private TaxonomyEntry Pick(TaxonomyEntry[] entries) => entries[_random.Next(entries.Length)];

    private string Word(TaxonomyEntry entry, Language language)
    {
        var words = entry.Synonyms.For(language);
        return words.Count == 0 ? entry.Label.For(language) : words[_random.Next(words.Count)].TrimEnd('*');
    }
}
