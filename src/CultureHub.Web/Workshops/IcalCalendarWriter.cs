using CultureHub.Core;
using CultureHub.Core.Workshops;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace CultureHub.Web.Workshops;

/// <summary>
/// RFC 5545 files through Ical.Net: DTSTART/DTEND with the region's TZID (Europe/Berlin by default) and its VTIMEZONE, a UID
/// stable per workshop, a SEQUENCE raised by each time change, STATUS:CANCELLED (and METHOD:CANCEL
/// for a single cancelled workshop).
/// </summary>
public sealed class IcalCalendarWriter(RegionTime region, TimeProvider time) : ICalendarWriter
{
    public const string UidDomain = "culturehub.workshops";

    public byte[] Write(IReadOnlyList<CalendarEntry> entries, string calendarName)
    {
        var calendar = new Calendar { ProductId = "-//CultureHub//Workshops//DE" };
        calendar.Method = entries.Count == 1 && entries[0].Workshop.State == WorkshopState.Cancelled ? "CANCEL" : "PUBLISH";
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(region.Zone.Id));
        foreach (var (workshop, hub) in entries)
        {
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"workshop-{workshop.Id}@{UidDomain}",
                Summary = workshop.Title,
                Description = workshop.Description,
                Location = hub.Venue,
                GeographicLocation = new GeographicLocation(hub.Latitude, hub.Longitude),
                DtStart = Local(workshop.StartsAt),
                DtEnd = Local(workshop.EndsAt),
                DtStamp = new CalDateTime(time.GetUtcNow().UtcDateTime, CalDateTime.UtcTzId),
                Sequence = workshop.Sequence,
                Status = workshop.State == WorkshopState.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            });
        }

        return System.Text.Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar) ?? string.Empty);
    }

    private CalDateTime Local(DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(region.ToLocal(utc).DateTime, DateTimeKind.Unspecified), region.Zone.Id);
}
