using CultureHub.Core.Places;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>Autocomplete for /book's listing ids (bookable listings by id or title) and /find's towns (gazetteer names).</summary>
public sealed class SpaceArgumentSource(ISpaceStore store, IGazetteer gazetteer) : ICommandArgumentSource
{
    private const int Max = 25;

    public bool Handles(string commandName) => commandName is "book" or "find" or "editlisting";

    public bool Handles(string commandName, string argumentName) =>
        (commandName, argumentName) is ("book", "listing") or ("find", "near") or ("editlisting", _);

    public Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string partial, CancellationToken cancellationToken) =>
        SuggestAsync(commandName, commandName == "find" ? "near" : "listing", partial, cancellationToken);

    public async Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string argumentName, string partial, CancellationToken cancellationToken)
    {
        var typed = partial.Trim();
        if (argumentName == "near")
        {
            return Towns(typed);
        }

        var id = SpaceIds.Normalise(typed);
        return (await store.ActiveListingsAsync(null, cancellationToken))
            .Where(l => l.Id.StartsWith(id, StringComparison.Ordinal) || l.Title.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .OrderBy(l => l.Title, StringComparer.OrdinalIgnoreCase)
            .Take(Max)
            .Select(l => new ArgumentSuggestion(l.Id, $"{l.Title} ({l.Town.Name})"))
            .ToList();
    }

    private List<ArgumentSuggestion> Towns(string typed)
    {
        if (typed.Length < 2)
        {
            return [];
        }

        var folded = PlaceNameFolding.Fold(typed);
        return gazetteer.Places
            .Where(p => PlaceNameFolding.Fold(p.Name).StartsWith(folded, StringComparison.Ordinal))
            .OrderByDescending(p => p.IsInNiedersachsen)
            .ThenByDescending(p => p.Population ?? 0)
            .Take(Max)
            .Select(p => new ArgumentSuggestion(p.Name, p.District is { } district ? $"{p.Name} ({district})" : p.Name))
            .ToList();
    }
}
