using CultureHub.Core.Workshops;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Web.Workshops;

public static class WorkshopEndpoints
{
    /// <summary><c>GET /hubs/{id}/workshops.ics</c>: the hub's published, cancelled and past workshops as a calendar feed.</summary>
    public static IEndpointRouteBuilder MapWorkshopFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/hubs/{id}/workshops.ics", async (string id, HubDirectory hubs, IWorkshopStore store, ICalendarWriter calendar, CancellationToken cancellationToken) =>
        {
            if (hubs.Find(id) is not { } hub)
            {
                return Results.NotFound();
            }

            var entries = (await store.AllAsync(cancellationToken))
                .Where(w => w.HubId == hub.Id && w.State is WorkshopState.Published or WorkshopState.Cancelled or WorkshopState.Done)
                .OrderBy(w => w.StartsAt)
                .Select(w => new CalendarEntry(w, hub))
                .ToList();
            return Results.File(calendar.Write(entries, $"CultureHub {hub.Name}"), "text/calendar; charset=utf-8", $"{hub.Id}-workshops.ics");
        });
        return app;
    }

    public static IServiceCollection AddWorkshopFiles(this IServiceCollection services)
    {
        services.AddSingleton<ICalendarWriter, IcalCalendarWriter>();
        services.AddSingleton<IParticipantExporter, CsvParticipantExporter>();
        return services;
    }
}
