using System.Globalization;

namespace CultureHub.Core.Workshops;

/// <summary>Autocomplete for workshop ids (upcoming, published) and hub names.</summary>
public sealed class WorkshopArgumentSource(IWorkshopStore store, HubDirectory hubs, RegionTime region, TimeProvider time) : ICommandArgumentSource
{
    private static readonly string[] WorkshopCommands = ["workshop", "signup", "cancel", "participants", "editworkshop", "cancelworkshop"];

    public bool Handles(string commandName) => commandName == "workshops" || WorkshopCommands.Contains(commandName);

    public async Task<IReadOnlyList<ArgumentSuggestion>> SuggestAsync(string commandName, string partial, CancellationToken cancellationToken)
    {
        if (commandName == "workshops")
        {
            return hubs.All
                .Where(h => h.Name.StartsWith(partial.Trim(), StringComparison.OrdinalIgnoreCase) || h.Id.StartsWith(partial.Trim(), StringComparison.OrdinalIgnoreCase))
                .Select(h => new ArgumentSuggestion(h.Id, h.Name))
                .ToList();
        }

        var now = time.GetUtcNow();
        return (await store.InStateAsync(WorkshopState.Published, cancellationToken))
            .Where(w => w.EndsAt > now)
            .Where(w => w.Id.StartsWith(WorkshopIds.Normalise(partial), StringComparison.Ordinal)
                || w.Title.Contains(partial.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderBy(w => w.StartsAt)
            .Take(25)
            // Autocomplete knows no member language: one numeric pattern, the same on every machine, reads in both.
            .Select(w => new ArgumentSuggestion(w.Id, string.Create(CultureInfo.InvariantCulture, $"{w.Title} ({region.ToLocal(w.StartsAt):dd.MM. HH:mm})")))
            .ToList();
    }
}
