using System.Text.RegularExpressions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;

namespace CultureHub.Core.Spaces;

/// <summary>What a /find asks for: the listing kinds that answer it and the town to measure from (null: the member's own).</summary>
public sealed record ListingRequest(string What, IReadOnlyList<string> Kinds, Place? Town, bool HasTownText);

/// <summary>
/// Reads "/find Proberaum bei Cloppenburg", "PA near Oldenburg", "Raum zum Proben in Vechta" into
/// listing kinds and a town. Kinds come from the taxonomy as the matcher reads it (synonyms, phrasings,
/// inflection, both languages), from the suggester (typos, word starts), and from German's habit of
/// saying "Raum zum Proben" for "Proberaum": the phrase is also read as the compound it stands for.
/// </summary>
public sealed partial class ListingQuery(ProfileReader reader, CompetenceSuggester suggester, ListingKinds kinds, IGazetteer gazetteer)
{
    private const double MinSuggestionScore = 0.72;

    public ListingRequest Read(string text, Language language)
    {
        var (what, townText) = Split(text.Trim());
        var place = townText is null ? null : gazetteer.Resolve(townText)?.Place;
        return new ListingRequest(what, KindsFor(what, language), place, townText is not null);
    }

    /// <summary>The listing kinds a phrase asks for, best reading first.</summary>
    public IReadOnlyList<string> KindsFor(string what, Language language)
    {
        var ids = new List<string>();
        foreach (var phrase in Phrasings(what))
        {
            ids.AddRange(reader.ReadSeeks(phrase, language).Select(t => t.CompetenceId));
            ids.AddRange(suggester.Suggest(phrase, language, 8).Where(s => s.Score >= MinSuggestionScore).Select(s => s.Entry.Id));
        }

        return kinds.Answering(ids.Distinct(StringComparer.Ordinal));
    }

    /// <summary>The phrase, and for "A zum/zur/für B" the compounds "B+A" ("Raum zum Proben" → "Probenraum", "Proberaum").</summary>
    private static IEnumerable<string> Phrasings(string what)
    {
        yield return what;
        var match = Linked().Match(what);
        if (match.Success)
        {
            var head = match.Groups["head"].Value.ToLowerInvariant();
            var modifier = match.Groups["mod"].Value.ToLowerInvariant();
            yield return modifier + head;
            if (modifier.EndsWith('n'))
            {
                yield return modifier[..^1] + head;
            }
        }
    }

    private static (string What, string? Town) Split(string text)
    {
        var match = TownMarker().Match(text);
        return match.Success && match.Index > 0
            ? (text[..match.Index].Trim(), text[(match.Index + match.Length)..].Trim())
            : (text, null);
    }

    [GeneratedRegex(@"\s(?:bei|near|nahe|nähe|around|um|in|im)\s+(?=\S)(?!.*\s(?:bei|near|nahe|nähe|around|um|in|im)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TownMarker();

    [GeneratedRegex(@"(?<head>\p{L}+)\s+(?:zum|zur|zu|für|fuer|for)\s+(?:das\s+|die\s+|den\s+)?(?<mod>\p{L}+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Linked();
}
