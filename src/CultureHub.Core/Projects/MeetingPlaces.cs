using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Projects;

/// <summary>
/// A concrete place to meet in person: the configured hub nearest to all of the people (the one whose
/// farthest member is nearest), with its next workshops that fit their sectors — or, when no hub is
/// within reach of everyone, the town in the middle of them.
/// </summary>
public sealed record MeetingSuggestion(HubOptions? Hub, int FarthestKm, IReadOnlyList<Workshop> Workshops, Place? Town);

public sealed class MeetingPlaces(
    HubDirectory hubs,
    IWorkshopStore workshops,
    IGazetteer gazetteer,
    WorkshopMessages workshopTexts,
    TextCatalog texts,
    IOptions<ProjectOptions> options,
    TimeProvider time) : IMeetingPlaces
{
    private const int WorkshopsShown = 2;
    private static readonly TimeSpan WorkshopHorizon = TimeSpan.FromDays(90);

    public async Task<MeetingHint?> HintAsync(IReadOnlyList<Member> people, CancellationToken cancellationToken) =>
        await SuggestAsync(people, cancellationToken) is { } suggestion ? language => Text(suggestion, language) : null;

    /// <summary>Null when nobody's town is known (there is nothing to measure from).</summary>
    public async Task<MeetingSuggestion?> SuggestAsync(IReadOnlyList<Member> people, CancellationToken cancellationToken)
    {
        var points = people.Select(m => m.Town?.Place?.Location).OfType<GeoPoint>().ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var best = hubs.All
            .Select(h => (Hub: h, Farthest: points.Max(p => p.DistanceKmTo(h.Location))))
            .OrderBy(x => x.Farthest)
            .FirstOrDefault();
        if (best.Hub is not null && best.Farthest <= options.Value.MeetingReachKm)
        {
            var sectors = people.SelectMany(m => m.Sectors).ToHashSet();
            return new MeetingSuggestion(best.Hub, (int)Math.Round(best.Farthest), await FittingWorkshopsAsync(best.Hub, sectors, cancellationToken), null);
        }

        var middle = new GeoPoint(points.Average(p => p.Latitude), points.Average(p => p.Longitude));
        var town = gazetteer.Nearest(middle);
        return town is null ? null : new MeetingSuggestion(null, (int)Math.Round(points.Max(p => p.DistanceKmTo(town.Location))), [], town);
    }

    /// <summary>The suggestion in one person's language, or empty for none.</summary>
    public string Text(MeetingSuggestion? suggestion, Language language)
    {
        if (suggestion is null)
        {
            return string.Empty;
        }

        if (suggestion.Hub is not { } hub)
        {
            return texts.Format(language, TextKeys.MeetTown, suggestion.Town?.Name, suggestion.FarthestKm);
        }

        var text = texts.Format(language, TextKeys.MeetHub, hub.Name, hub.Partner, hub.Address, suggestion.FarthestKm);
        if (suggestion.Workshops.Count > 0)
        {
            text += "\n" + texts.Get(language, TextKeys.MeetWorkshops) + "\n"
                + string.Join("\n", suggestion.Workshops.Select(w => texts.Format(language, TextKeys.MeetWorkshopLine, w.Title, workshopTexts.When(w, language), w.Id)));
        }

        return text;
    }

    private async Task<IReadOnlyList<Workshop>> FittingWorkshopsAsync(HubOptions hub, HashSet<Sector> sectors, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return (await workshops.InStateAsync(WorkshopState.Published, cancellationToken))
            .Where(w => w.HubId == hub.Id && w.IsOpenFor(now) && w.StartsAt <= now + WorkshopHorizon)
            .Where(w => w.Sectors.Count == 0 || w.Sectors.Any(sectors.Contains))
            .OrderBy(w => w.StartsAt)
            .Take(WorkshopsShown)
            .ToList();
    }
}
