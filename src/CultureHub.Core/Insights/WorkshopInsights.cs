using System.Globalization;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Insights;

/// <summary>One workshop with its registrations, as the figures need them.</summary>
public sealed record WorkshopRecord(Workshop Workshop, IReadOnlyList<Registration> Registrations);

/// <summary>
/// Workshops per hub: sign-ups, waitlist, attendance, no-shows. Numbers of workshops are not people
/// and are published as they are; everything counting members is suppressed.
/// </summary>
public static class WorkshopInsights
{
    public static readonly IReadOnlyList<string> Columns = ["workshops", "sign_ups", "waitlisted", "expected", "attended", "no_shows", "no_show_rate"];

    public static FigureTable ByHub(IReadOnlyList<string> hubIds, IReadOnlyList<WorkshopRecord> workshops)
    {
        var rows = hubIds
            .Select(hub => new FigureRow(hub, Figures(workshops.Where(w => w.Workshop.HubId == hub).ToList())))
            .ToList();
        return new FigureTable("workshops_by_hub", Columns, rows);
    }

    /// <summary>One hub's workshops one by one (id, date, state; no titles, they are free text).</summary>
    public static FigureTable HubDetail(string hubId, IReadOnlyList<WorkshopRecord> workshops)
    {
        var rows = workshops
            .Where(w => w.Workshop.HubId == hubId)
            .OrderBy(w => w.Workshop.StartsAt)
            .Select(w => new FigureRow(w.Workshop.Id,
            [
                FigureCell.Label(w.Workshop.StartsAt.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                FigureCell.Label(w.Workshop.State.ToString().ToLowerInvariant()),
                .. Figures([w]).Skip(1),
            ]))
            .ToList();
        return new FigureTable(DetailTableId(hubId), ["date", "state", .. Columns.Skip(1)], rows);
    }

    public static string DetailTableId(string hubId) => "workshops_hub_" + hubId;

    /// <summary>Workshops that actually were on offer: published, cancelled or done.</summary>
    public static bool Counts(Workshop workshop) => workshop.State is WorkshopState.Published or WorkshopState.Cancelled or WorkshopState.Done;

    private static List<FigureCell> Figures(IReadOnlyList<WorkshopRecord> workshops)
    {
        var registrations = workshops.SelectMany(w => w.Registrations).ToList();
        var expected = workshops
            .Where(w => w.Workshop.State == WorkshopState.Done)
            .SelectMany(w => w.Registrations)
            .Where(r => r.Status == RegistrationStatus.Confirmed)
            .ToList();
        var attendedAndMissed = SmallCellSuppression.Partition([expected.Count(r => r.AttendedAt is not null), expected.Count(r => r.AttendedAt is null)]);
        var expectedCell = SmallCellSuppression.Single(expected.Count);
        return
        [
            FigureCell.Count(workshops.Count),
            SmallCellSuppression.Single(registrations.Count),
            SmallCellSuppression.Single(registrations.Count(r => r.WasWaitlisted)),
            expectedCell,
            attendedAndMissed[0],
            attendedAndMissed[1],
            SmallCellSuppression.Share(attendedAndMissed[1], expectedCell),
        ];
    }
}
