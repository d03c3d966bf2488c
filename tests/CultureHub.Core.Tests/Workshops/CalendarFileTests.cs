using System.Text;
using CultureHub.Core.Workshops;
using CultureHub.Web.Workshops;
using Ical.Net;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Core.Tests.Workshops;

public sealed class CalendarFileTests
{
    private static readonly HubOptions Hub = new()
    {
        Id = "hannover", Name = "Hannover", Partner = "Beispiel-Kulturzentrum", Address = "Musterstraße 1, 30159 Hannover", Latitude = 52.37, Longitude = 9.71,
    };

    private readonly IcalCalendarWriter _writer = Writer("Europe/Berlin");

    [Fact]
    public void Write_WorkshopOnDstChangeDay_ParsesBackWithTzidAndVTimezone()
    {
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero));

        var text = Encoding.UTF8.GetString(_writer.Write([new CalendarEntry(workshop, Hub)], "Test"));
        var calendar = Calendar.Load(text)!;

        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261025T100000", text, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VTIMEZONE", text, StringComparison.Ordinal);
        Assert.Contains(calendar.TimeZones, z => z.TzId == "Europe/Berlin");
        var vevent = Assert.Single(calendar.Events);
        Assert.Equal("workshop-k7m2q@" + IcalCalendarWriter.UidDomain, vevent.Uid);
        Assert.Equal("Europe/Berlin", vevent.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 10, 25, 10, 0, 0), vevent.DtStart.Value);
        Assert.Equal(new DateTime(2026, 10, 25, 9, 0, 0, DateTimeKind.Utc), vevent.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 25, 11, 0, 0, DateTimeKind.Utc), vevent.DtEnd!.AsUtc);
        Assert.Equal("Field Recording", vevent.Summary);
    }

    [Fact]
    public void Write_SummerWorkshop_StartsAtEightUtc()
    {
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2027, 7, 3, 8, 0, 0, TimeSpan.Zero));

        var vevent = Assert.Single(Calendar.Load(Encoding.UTF8.GetString(_writer.Write([new CalendarEntry(workshop, Hub)], "Test")))!.Events);

        Assert.Equal(new DateTime(2027, 7, 3, 10, 0, 0), vevent.DtStart!.Value);
        Assert.Equal(new DateTime(2027, 7, 3, 8, 0, 0, DateTimeKind.Utc), vevent.DtStart.AsUtc);
    }

    [Fact]
    public void Write_HubWithoutConfiguredVenue_LocationIsTheCity()
    {
        var cityOnly = new HubOptions { Id = "oldenburg", Name = "Oldenburg", Latitude = 53.14039, Longitude = 8.21479 };
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2027, 7, 3, 8, 0, 0, TimeSpan.Zero));

        var withVenue = Assert.Single(Calendar.Load(Encoding.UTF8.GetString(_writer.Write([new CalendarEntry(workshop, Hub)], "Test")))!.Events);
        var withoutVenue = Assert.Single(Calendar.Load(Encoding.UTF8.GetString(_writer.Write([new CalendarEntry(workshop, cityOnly)], "Test")))!.Events);

        Assert.Equal("Beispiel-Kulturzentrum, Musterstraße 1, 30159 Hannover", withVenue.Location);
        Assert.Equal("Oldenburg", withoutVenue.Location);
    }

    [Fact]
    public void Write_CancelledWorkshop_HasMethodAndStatusCancelled()
    {
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2027, 7, 3, 8, 0, 0, TimeSpan.Zero), WorkshopState.Cancelled);

        var calendar = Calendar.Load(Encoding.UTF8.GetString(_writer.Write([new CalendarEntry(workshop, Hub)], "Test")))!;

        Assert.Equal("CANCEL", calendar.Method);
        Assert.Equal("CANCELLED", Assert.Single(calendar.Events).Status);
    }

    [Fact]
    public void Write_InAnotherConfiguredZone_UsesItsTzidAndWallClock()
    {
        var workshop = WorkshopTimeTests.Workshop(new DateTimeOffset(2027, 3, 12, 18, 0, 0, TimeSpan.Zero));

        var text = Encoding.UTF8.GetString(Writer("Europe/London").Write([new CalendarEntry(workshop, Hub)], "Test"));

        Assert.Contains("DTSTART;TZID=Europe/London:20270312T180000", text, StringComparison.Ordinal);
        Assert.Contains(Calendar.Load(text)!.TimeZones, z => z.TzId == "Europe/London");
        Assert.DoesNotContain("Europe/Berlin", text, StringComparison.Ordinal);
    }

    private static IcalCalendarWriter Writer(string zone) =>
        new(WorkshopTimeTests.Region(zone), new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero)));
}
