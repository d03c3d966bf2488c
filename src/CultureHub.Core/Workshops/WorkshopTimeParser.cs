using System.Globalization;
using CultureHub.Core.Dates;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Reads a date and time as members type them ("12.03.2027 18:00", "2027-03-12 18:00",
/// "12.3.27 18 Uhr", "03/12/2027 6:00 PM") as wall-clock time in the region, and returns UTC. What
/// these formats miss is read the way bookings are ("Sa 16.1. 14 Uhr", "16. Januar 14-17 Uhr",
/// "next Friday 7pm"), so proposing a workshop takes the same words as booking a room.
/// </summary>
public sealed class WorkshopTimeParser(RegionTime region, TimeProvider time)
{
    private static readonly TimeSpan AnyLength = TimeSpan.FromHours(2);

    private static readonly string[] Formats =
    [
        "d.M.yyyy H:mm", "d.M.yyyy H.mm", "d.M.yyyy H", "d.M.yy H:mm", "d.M.yy H",
        "yyyy-M-d H:mm", "yyyy-M-d'T'H:mm", "yyyy-M-d H",
        "d/M/yyyy H:mm", "d/M/yyyy h:mm tt", "d/M/yyyy h tt",
        "d.M.yyyy, H:mm", "d.M.yyyy 'um' H:mm", "yyyy-M-d 'at' H:mm", "d/M/yyyy 'at' H:mm",
    ];

    /// <summary>The moment in UTC, or null when unreadable or a wall-clock time that does not exist (spring forward).</summary>
    public DateTimeOffset? Parse(string? text) => Read(text).StartsAt;

    /// <summary>The moment, or why there is none: a time of day without its day ("18 Uhr") is asked for the day.</summary>
    public WorkshopTime Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new WorkshopTime(null);
        }

        var cleaned = string.Join(' ', text.Trim()
            .Replace(" Uhr", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("Uhr", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (DateTime.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
        {
            return new WorkshopTime(region.ToUtc(local));
        }

        // the span reader never returns a past moment; a start in the past stays unread here and is asked again.
        // A workshop needs its day: a bare "10 bis 15" or "18 Uhr" would land on tomorrow unasked.
        var reading = WallClockSpanParser.Read(text, time.GetUtcNow(), region.Zone, AnyLength);
        return reading.Problem != SpanProblem.None ? new WorkshopTime(null)
            : reading.IsDayNamed ? new WorkshopTime(reading.Span!.StartsAt)
            : new WorkshopTime(null, LacksDay: true);
    }
}

/// <summary>A workshop's start as read, or null; <paramref name="LacksDay"/> when only a time of day was given.</summary>
public sealed record WorkshopTime(DateTimeOffset? StartsAt, bool LacksDay = false);
