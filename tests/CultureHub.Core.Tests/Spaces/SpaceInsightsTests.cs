using CultureHub.Core.Insights;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Spaces;
using CultureHub.Core.Tests.Workshops;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Tests.Spaces;

/// <summary>Spaces and gear in the evaluation, on the real gazetteer and two hubs (Hannover, Oldenburg), in October 2026.</summary>
public sealed class SpaceInsightsTests
{
    private static readonly Gazetteer Places = Gazetteer.LoadEmbedded();
    private static readonly InsightsPeriod October = InsightsPeriod.Parse("2026-10-01", "2026-10-31");
    private static readonly NiedersachsenMap Map = new(Places, new HubDirectory(Options.Create(new HubsOptions
    {
        Hubs =
        [
            new HubOptions { Id = "hannover", Name = "Hannover", Partner = "P", Address = "A", Latitude = 52.3748, Longitude = 9.7142 },
            new HubOptions { Id = "oldenburg", Name = "Oldenburg", Partner = "P", Address = "A", Latitude = 53.1435, Longitude = 8.2146 },
        ],
    })));

    private static readonly Place Lohne = Places.Resolve("Lohne (Oldenburg)")!.Place;
    private static readonly Place Hannover = Places.Resolve("Hannover")!.Place;
    private static readonly Place Cloppenburg = Places.Resolve("Cloppenburg")!.Place;
    private static readonly Place Hildesheim = Places.Resolve("Hildesheim")!.Place;

    [Fact]
    public void ByHubRegion_TwoListingsInHildesheim_HiddenWithAComplementSoNoDifferenceGivesThemBack()
    {
        var listings = Many(7, Lohne).Concat(Many(6, Hannover)).Concat(Many(2, Hildesheim)).ToList();
        var records = new SpaceRecords(listings, [], [], []);

        var hubs = SpaceInsights.ByHubRegion(records, Map);
        var districts = SpaceInsights.ByDistrict(records, Map);

        Assert.Equal(7, hubs.Cell("oldenburg", "listings")!.Number);
        Assert.Equal(8, hubs.Cell("hannover", "listings")!.Number);
        Assert.Equal(7, districts.Cell(NiedersachsenMap.DistrictKey(Lohne), "listings")!.Number);
        Assert.True(districts.Cell(NiedersachsenMap.DistrictKey(Hildesheim), "listings")!.IsSuppressed);
        Assert.True(districts.Cell(NiedersachsenMap.DistrictKey(Hannover), "listings")!.IsSuppressed, "8 in the hub's region minus 6 would give Hildesheim's 2 back");
        Assert.All(hubs.Rows.Concat(districts.Rows).SelectMany(r => r.Cells), c => Assert.False(c.Number is > 0 and < 5));
    }

    [Fact]
    public void RuralShare_OneUrbanBooking_HiddenWithItsComplementAndNoShareGivesItBack()
    {
        var room = Listing("l1", Lohne);
        var approved = Bookings(room, 6, MemberIn(Cloppenburg)).Concat(Bookings(room, 1, MemberIn(Hannover))).Concat(Bookings(room, 5, null)).ToList();

        var table = SpaceInsights.RuralShare(new SpaceRecords([], [], approved, []));

        Assert.Equal(6, table.Cell("rural", "bookings")!.Number);
        Assert.True(table.Cell("urban", "bookings")!.IsSuppressed);
        Assert.True(table.Cell(MemberGeography.Unknown, "bookings")!.IsSuppressed);
        Assert.Null(table.Cell("rural", "percent_of_located")!.Number);
    }

    [Fact]
    public void RuralShare_SixRuralSixUrban_IsHalfOfTheLocated()
    {
        var room = Listing("l1", Lohne);
        var approved = Bookings(room, 6, MemberIn(Cloppenburg)).Concat(Bookings(room, 6, MemberIn(Hannover))).ToList();

        var table = SpaceInsights.RuralShare(new SpaceRecords([], [], approved, []));

        Assert.Equal(50, table.Cell("rural", "percent_of_located")!.Number);
    }

    [Fact]
    public void HubUtilisation_FiveThreeHourBookingsOfAFridayRoom_IsSixtyPercentOfOctobersFiveFridays()
    {
        var room = Listing("hub1", Lohne) with
        {
            HubId = "oldenburg",
            OwnerMemberId = null,
            Availability = new Availability([new WeeklyWindow(DayOfWeek.Friday, 18 * 60, 23 * 60)]),
            CreatedAt = new DateTimeOffset(2026, 9, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var approved = Enumerable.Range(0, 5).Select(i => (Booking(i, room), room, (Member?)null)).ToList();

        var table = SpaceInsights.HubUtilisation(new SpaceRecords([], [], approved, [room]), ["hannover", "oldenburg"], October, WorkshopTimeTests.Region(), new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(5, table.Cell("oldenburg", "bookings")!.Number);
        Assert.Equal(15, table.Cell("oldenburg", "booked_hours")!.Number);
        Assert.Equal(25, table.Cell("oldenburg", "offered_hours")!.Number);
        Assert.Equal(60, table.Cell("oldenburg", "utilisation")!.Number!.Value, 1);
        Assert.Null(table.Cell("hannover", "offered_hours")!.Number);
    }

    private static IEnumerable<Listing> Many(int count, Place town) => Enumerable.Range(0, count).Select(i => Listing($"{town.Name}-{i}", town));

    private static IEnumerable<(Booking, Listing, Member?)> Bookings(Listing listing, int count, Member? member) =>
        Enumerable.Range(0, count).Select(i => (Booking(i, listing), listing, member));

    private static Listing Listing(string id, Place town) => new()
    {
        Id = id,
        Kind = "rehearsal_room",
        Title = "Proberaum",
        Town = town,
        OwnerMemberId = "m-" + id,
        CreatedBy = "web:" + id,
        CreatedAt = new DateTimeOffset(2026, 10, 5, 10, 0, 0, TimeSpan.Zero),
    };

    /// <summary>Friday the 2nd, 9th, … of October 2026, 19–22 Uhr in Berlin (17–20 UTC).</summary>
    private static Booking Booking(int i, Listing listing) => new()
    {
        Id = $"b{i}",
        ListingId = listing.Id,
        MemberId = $"m{i}",
        StartsAt = new DateTimeOffset(2026, 10, 2 + (7 * (i % 5)), 17, 0, 0, TimeSpan.Zero),
        EndsAt = new DateTimeOffset(2026, 10, 2 + (7 * (i % 5)), 20, 0, 0, TimeSpan.Zero),
        State = BookingState.Approved,
    };

    private static Member MemberIn(Place town) => new()
    {
        Id = "m-" + town.Name,
        DisplayName = "M",
        Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
        Town = new MemberTown(town.Name, town),
    };
}
