using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Spaces;

namespace CultureHub.Core.Insights;

/// <summary>Listings and bookings of one period with the places they concern, as the figures need them.</summary>
/// <param name="Listings">Listings created in the period.</param>
/// <param name="Requests">Booking requests made in the period, with the listing asked for.</param>
/// <param name="Approved">Approved bookings starting in the period, with the listing and the member who booked.</param>
public sealed record SpaceRecords(
    IReadOnlyList<Listing> Listings,
    IReadOnlyList<(Booking Booking, Listing Listing)> Requests,
    IReadOnlyList<(Booking Booking, Listing Listing, Member? Member)> Approved,
    IReadOnlyList<Listing> HubResources);

/// <summary>
/// Spaces and gear for the evaluation: listings and bookings per hub region and per district, the share of
/// bookings made by rural members, and how much of the hubs' own resources' available time was booked.
/// Counts of listings and bookings are about members and follow the dashboard's rules: per column one
/// linked set of cells (districts, hub regions, total) so no difference gives a hidden cell back.
/// </summary>
public static class SpaceInsights
{
    public static readonly IReadOnlyList<string> Columns = ["listings", "booking_requests", "bookings"];

    public static FigureTable ByHubRegion(SpaceRecords records, NiedersachsenMap map)
    {
        var cells = Cells(records, map);
        var keys = new List<string>([.. map.Hubs.Select(h => h.Id), MemberGeography.Outside, MemberGeography.Unknown]);
        return new FigureTable("spaces_by_hub_region", Columns,
            keys.Select(k => new FigureRow(k, Columns.Select(c => cells[c].GetValueOrDefault(k is MemberGeography.Outside or MemberGeography.Unknown ? "district:" + k : "hub:" + k) ?? FigureCell.Count(0)).ToList())).ToList());
    }

    public static FigureTable ByDistrict(SpaceRecords records, NiedersachsenMap map)
    {
        var cells = Cells(records, map);
        var districts = records.Listings.Select(l => District(l.Town))
            .Concat(records.Requests.Select(r => District(r.Listing.Town)))
            .Concat(records.Approved.Select(a => District(a.Listing.Town)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return new FigureTable("spaces_by_district", Columns,
            districts.Select(d => new FigureRow(d, Columns.Select(c => cells[c].GetValueOrDefault("district:" + d) ?? FigureCell.Count(0)).ToList())).ToList());
    }

    /// <summary>Approved bookings by where the booking member lives: big city, rural, unknown.</summary>
    public static FigureTable RuralShare(SpaceRecords records)
    {
        var urban = records.Approved.Count(a => a.Member?.Town?.Place is { IsUrban: true });
        var rural = records.Approved.Count(a => a.Member?.Town?.Place is { IsUrban: false });
        var unknown = records.Approved.Count - urban - rural;
        var cells = SmallCellSuppression.Partition([urban, rural, unknown], residual: 2);
        // A share of the located total would give a hidden urban or rural count back (total minus the other).
        var located = cells[0].IsSuppressed || cells[1].IsSuppressed ? FigureCell.Suppressed() : SmallCellSuppression.Single(urban + rural);
        return new FigureTable("space_bookings_rural", ["bookings", "percent_of_located"],
        [
            new FigureRow("urban", [cells[0], SmallCellSuppression.Share(cells[0], located)]),
            new FigureRow("rural", [cells[1], SmallCellSuppression.Share(cells[1], located)]),
            new FigureRow(MemberGeography.Unknown, [cells[2], FigureCell.Percent(null)]),
        ]);
    }

    /// <summary>
    /// Per hub: its resources (not people, shown as they are), approved bookings of them, booked hours, the
    /// hours its weekly windows offered in the period, and the booked share. Hours and share are hidden
    /// with the bookings they come from.
    /// </summary>
    public static FigureTable HubUtilisation(SpaceRecords records, IReadOnlyList<string> hubIds, InsightsPeriod period, RegionTime region, DateTimeOffset now)
    {
        var rows = new List<FigureRow>();
        foreach (var hub in hubIds)
        {
            var resources = records.HubResources.Where(l => l.HubId == hub).ToList();
            var bookings = records.Approved.Where(a => a.Listing.HubId == hub).ToList();
            var count = SmallCellSuppression.Single(bookings.Count);
            var booked = count.IsSuppressed ? FigureCell.Value(null) : FigureCell.Value(bookings.Sum(b => (b.Booking.EndsAt - b.Booking.StartsAt).TotalHours));
            var offered = OfferedHours(resources, period, region, now);
            var share = booked.Number is { } hours && offered is > 0 ? FigureCell.Percent(100 * hours / offered.Value) : FigureCell.Percent(null);
            rows.Add(new FigureRow(hub, [FigureCell.Value(resources.Count), count, booked, FigureCell.Value(offered), share]));
        }

        return new FigureTable("hub_resource_utilisation", ["resources", "bookings", "booked_hours", "offered_hours", "utilisation"], rows);
    }

    /// <summary>The hours the weekly windows offered in the period (an open period ends now); null when a resource is by arrangement only.</summary>
    private static double? OfferedHours(IReadOnlyList<Listing> resources, InsightsPeriod period, RegionTime region, DateTimeOffset now)
    {
        var weekly = resources.Where(r => !r.Availability.IsByArrangement).ToList();
        if (weekly.Count == 0)
        {
            return null;
        }

        var from = period.FirstMonth is { } first ? region.StartOf(first) : weekly.Min(r => r.CreatedAt);
        var to = period.EndMonth is { } end ? region.StartOf(end) : now;
        var hours = 0.0;
        foreach (var resource in weekly)
        {
            var start = Availability.DayOf(from > resource.CreatedAt ? from : resource.CreatedAt, region.Zone);
            var days = Math.Max(0, (int)(to - from).TotalDays + 1);
            hours += resource.Availability.WindowsAround(start, days, region.Zone)
                .Where(w => w.StartsAt >= from && w.EndsAt <= to)
                .Sum(w => w.Length.TotalHours);
        }

        return hours;
    }

    private static Dictionary<string, IReadOnlyDictionary<string, FigureCell>> Cells(SpaceRecords records, NiedersachsenMap map) => new(StringComparer.Ordinal)
    {
        ["listings"] = Linked(records.Listings.Select(l => l.Town), map),
        ["booking_requests"] = Linked(records.Requests.Select(r => r.Listing.Town), map),
        ["bookings"] = Linked(records.Approved.Select(a => a.Listing.Town), map),
    };

    /// <summary>One column's cells, linked like the members' geography: districts within hub regions within the total.</summary>
    private static IReadOnlyDictionary<string, FigureCell> Linked(IEnumerable<Place> places, NiedersachsenMap map)
    {
        var cells = new LinkedSuppression();
        var inState = new HashSet<string>(map.Districts.Select(d => "district:" + d.Name), StringComparer.Ordinal);
        foreach (var place in places)
        {
            var district = District(place);
            cells.Add("district:" + district);
            if (place.IsInNiedersachsen)
            {
                inState.Add("district:" + district);
            }
        }

        var residuals = new[] { "district:" + MemberGeography.Outside, "district:" + MemberGeography.Unknown };
        var hubs = map.Hubs.Select(h => h.Id).ToList();
        foreach (var hub in hubs)
        {
            cells.Relate("hub:" + hub, inState.Where(d => map.HubOf(d["district:".Length..]) == hub));
        }

        var unassigned = inState.Where(d => map.HubOf(d["district:".Length..]) is null).ToList();
        cells.Relate("total", [.. hubs.Select(h => "hub:" + h), .. unassigned, .. residuals], residuals[1]);
        cells.Relate("total", [.. inState, .. residuals], residuals[1]);
        return cells.Apply();
    }

    private static string District(Place place) => place switch
    {
        { IsInNiedersachsen: false } => MemberGeography.Outside,
        { Region: null } => MemberGeography.Unknown,
        _ => NiedersachsenMap.DistrictKey(place),
    };
}
