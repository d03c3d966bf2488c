using CultureHub.Core.Dates;

namespace CultureHub.Core.Spaces;

/// <summary>
/// The next free windows of the same length as a taken request, earliest first: the same time of day
/// on the following days and the start of each availability window, inside the listing's availability
/// and never overlapping an approved booking.
/// </summary>
public static class FreeSlots
{
    private const int DaysAhead = 28;

    public static IReadOnlyList<WallClockSpan> After(Listing listing, WallClockSpan wanted, IReadOnlyList<Booking> approved, DateTimeOffset now, int count, TimeZoneInfo zone)
    {
        var length = wanted.Length;
        var firstDay = Availability.DayOf(wanted.StartsAt, zone);
        var timeOfDay = TimeZoneInfo.ConvertTime(wanted.StartsAt, zone).TimeOfDay;
        var candidates = new List<WallClockSpan>();
        for (var d = 0; d <= DaysAhead; d++)
        {
            var day = firstDay.AddDays(d);
            if (WallClockSpanParser.ToUtc(day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay), zone, preferLater: false) is { } sameTime)
            {
                candidates.Add(new WallClockSpan(sameTime, sameTime + length));
            }

            candidates.AddRange(listing.Availability.WindowsAround(day, 1, zone).Select(w => new WallClockSpan(w.StartsAt, w.StartsAt + length)));
        }

        return candidates
            .Where(c => c.StartsAt > now && !c.Overlaps(wanted.StartsAt, wanted.EndsAt))
            .Where(c => listing.Availability.Covers(c, zone))
            .Where(c => !approved.Any(b => b.Overlaps(c.StartsAt, c.EndsAt)))
            .DistinctBy(c => c.StartsAt)
            .OrderBy(c => c.StartsAt)
            .Take(count)
            .ToList();
    }
}
