using CultureHub.Core;
using CultureHub.Core.Workshops;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using CalendarEvent = CultureHub.Core.Workshops.CalendarEvent;

namespace CultureHub.Web.Workshops;

/// <summary>
/// RFC 5545 files through Ical.Net: DTSTART/DTEND with the region's TZID (Europe/Berlin by default) and its VTIMEZONE, a UID
/// stable per workshop, a SEQUENCE raised by each time change, STATUS:CANCELLED (and METHOD:CANCEL
/// for a single cancelled event). Workshops and bookings go through the same writer.
/// </summary>
public sealed class IcalCalendarWriter(RegionTime region, TimeProvider time) : ICalendarWriter
{
    public const string UidDomain = "culturehub.workshops";

    public byte[] Write(IReadOnlyList<CalendarEntry> entries, string calendarName) =>
        WriteEvents(entries.Select(e => new CalendarEvent(
            $"workshop-{e.Workshop.Id}",
            e.Workshop.Title,
            e.Workshop.Description,
            e.Hub.Venue,
            e.Hub.Location,
            e.Workshop.StartsAt,
            e.Workshop.EndsAt,
            e.Workshop.Sequence,
            e.Workshop.State == WorkshopState.Cancelled)).ToList(), calendarName);

    public byte[] WriteEvents(IReadOnlyList<CalendarEvent> events, string calendarName)
    {
        var calendar = new Calendar { ProductId = "-//CultureHub//Workshops//DE" };
        calendar.Method = events.Count == 1 && events[0].IsCancelled ? "CANCEL" : "PUBLISH";
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(region.Zone.Id));
        foreach (var entry in events)
        {
            calendar.Events.Add(new Ical.Net.CalendarComponents.CalendarEvent
            {
                Uid = $"{entry.Uid}@{UidDomain}",
                Summary = entry.Summary,
                Description = entry.Description,
                Location = entry.Location,
                GeographicLocation = entry.Point is { } point ? new GeographicLocation(point.Latitude, point.Longitude) : null,
                DtStart = Local(entry.StartsAt),
                DtEnd = Local(entry.EndsAt),
                DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
                Sequence = entry.Sequence,
                Status = entry.IsCancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }

    private CalDateTime Local(DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(region.ToLocal(utc).DateTime, DateTimeKind.Unspecified), region.Zone.Id);
}
