using CultureHub.Core.Dates;

namespace CultureHub.Core.Spaces;

/// <summary>
/// A weekly window in wall-clock minutes after midnight of <see cref="Day"/>; <see cref="ToMinute"/>
/// may pass 1440 for a window that runs past midnight ("Sa 20–2 Uhr").
/// </summary>
public sealed record WeeklyWindow(DayOfWeek Day, int FromMinute, int ToMinute);

/// <summary>When a listing can usually be booked: weekly windows, or by arrangement (no windows: any time, the owner decides).</summary>
public sealed record Availability(IReadOnlyList<WeeklyWindow> Windows)
{
    public static Availability ByArrangement { get; } = new([]);

    public bool IsByArrangement => Windows.Count == 0;

    /// <summary>
    /// Whether the span lies inside the windows (always, by arrangement). Windows that touch are one
    /// stretch, so "täglich 0–24" or "Fr 18–24, Sa 0–2" cover a booking across midnight.
    /// </summary>
    public bool Covers(WallClockSpan span, TimeZoneInfo zone)
    {
        if (IsByArrangement)
        {
            return true;
        }

        var first = DayOf(span.StartsAt, zone).AddDays(-1);
        var days = DayOf(span.EndsAt, zone).DayNumber - first.DayNumber + 1;
        DateTimeOffset? stretchStart = null;
        var stretchEnd = DateTimeOffset.MinValue;
        foreach (var window in WindowsAround(first, days, zone).OrderBy(w => w.StartsAt))
        {
            if (stretchStart is null || window.StartsAt > stretchEnd)
            {
                stretchStart = window.StartsAt;
            }

            stretchEnd = window.EndsAt > stretchEnd ? window.EndsAt : stretchEnd;
            if (stretchStart <= span.StartsAt && span.EndsAt <= stretchEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The concrete windows of <paramref name="days"/> days from <paramref name="first"/>, in UTC, in order.</summary>
    public IEnumerable<WallClockSpan> WindowsAround(DateOnly first, int days, TimeZoneInfo zone)
    {
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            foreach (var window in Windows.Where(w => w.Day == day.DayOfWeek).OrderBy(w => w.FromMinute))
            {
                var midnight = day.ToDateTime(TimeOnly.MinValue);
                yield return new WallClockSpan(Utc(midnight.AddMinutes(window.FromMinute), zone), Utc(midnight.AddMinutes(window.ToMinute), zone));
            }
        }
    }

    public static DateOnly DayOf(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>A window edge inside the skipped spring hour moves to the hour after it.</summary>
    private static DateTimeOffset Utc(DateTime local, TimeZoneInfo zone) =>
        WallClockSpanParser.ToUtc(local, zone, preferLater: false) ?? WallClockSpanParser.ToUtc(local.AddHours(1), zone, preferLater: false)!.Value;
}
