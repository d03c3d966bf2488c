namespace CultureHub.Core.Workshops;

/// <summary>One hub's figures for the partners' dashboard. No personal data.</summary>
public sealed record HubWorkshopFigures(
    string HubId,
    int Workshops,
    int Cancelled,
    int SignUps,
    int EverWaitlisted,
    int StillWaitlisted,
    int Cancellations,
    int Attended,
    int NoShows);

/// <summary>Sign-ups, waitlist, attendance and no-shows per hub, computed from the store.</summary>
public sealed class WorkshopStatistics(IWorkshopStore store, HubDirectory hubs)
{
    public async Task<IReadOnlyList<HubWorkshopFigures>> PerHubAsync(CancellationToken cancellationToken)
    {
        var workshops = await store.AllAsync(cancellationToken);
        var figures = new List<HubWorkshopFigures>();
        foreach (var hub in hubs.All)
        {
            var here = workshops.Where(w => w.HubId == hub.Id && w.State is not (WorkshopState.Proposed or WorkshopState.Declined)).ToList();
            var registrations = new List<(Workshop Workshop, Registration Registration)>();
            foreach (var workshop in here)
            {
                registrations.AddRange((await store.RegistrationsForAsync(workshop.Id, cancellationToken)).Select(r => (workshop, r)));
            }

            var done = registrations.Where(x => x.Workshop.State == WorkshopState.Done && x.Registration.Status == RegistrationStatus.Confirmed).ToList();
            figures.Add(new HubWorkshopFigures(
                hub.Id,
                here.Count,
                here.Count(w => w.State == WorkshopState.Cancelled),
                registrations.Count,
                registrations.Count(x => x.Registration.WasWaitlisted),
                registrations.Count(x => x.Registration.Status == RegistrationStatus.Waitlisted),
                registrations.Count(x => x.Registration.Status == RegistrationStatus.Cancelled),
                registrations.Count(x => x.Registration.AttendedAt is not null),
                done.Count(x => x.Registration.AttendedAt is null)));
        }

        return figures;
    }
}
