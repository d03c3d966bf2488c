namespace CultureHub.Core.Dates;

/// <summary>Why a typed span could not be used; each has its own friendly answer.</summary>
public enum SpanProblem
{
    None,
    Unreadable,

    /// <summary>A day without a time ("Freitag"): the member is asked for the time.</summary>
    NoTime,
    EndBeforeStart,
    InPast,

    /// <summary>A wall-clock time skipped when the clocks spring forward (02:30 on the last Sunday of March).</summary>
    NonexistentTime,
}

/// <summary>A span in UTC. <see cref="HasDefaultEnd"/>: only a start was typed and the default length was added.</summary>
public sealed record WallClockSpan(DateTimeOffset StartsAt, DateTimeOffset EndsAt, bool HasDefaultEnd = false)
{
    public TimeSpan Length => EndsAt - StartsAt;

    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => StartsAt < endsAt && startsAt < EndsAt;
}

/// <summary>The outcome of reading a span: the span, or the problem and the day it was about (for the answer).</summary>
public sealed record SpanReading(WallClockSpan? Span, SpanProblem Problem, DateOnly? Day = null)
{
    public static SpanReading Failed(SpanProblem problem, DateOnly? day = null) => new(null, problem, day);

    /// <summary>Whether the text named the day ("Sa", "16.1.", "morgen"); a bare "18 Uhr" reads as the next such hour.</summary>
    public bool IsDayNamed { get; init; }
}

/// <summary>
/// Reads a date and a time span as members type them, in German or English: "Fr 19–22 Uhr",
/// "18.12. 19:00 bis 22:00", "Friday 7-10pm", "morgen 18 Uhr", "2027-12-18 19:00-23:00",
/// "18. Dezember 19-22". Times are wall-clock times in the given zone, converted with that day's
/// offset, so a span on a day the clocks change has its true length. An end earlier than the start
/// in the early morning runs past midnight ("Sa 22–2 Uhr"); otherwise it is an error.
/// </summary>
public static class WallClockSpanParser
{
    private const int MaxLength = 200;
    private const int LatestEndAfterMidnight = 8 * 60;
    private const int EarliestStartBeforeMidnight = 12 * 60;

    public static SpanReading Read(string? text, DateTimeOffset now, TimeZoneInfo zone, TimeSpan defaultLength)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
        {
            return SpanReading.Failed(SpanProblem.Unreadable);
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var tokens = ClockReading.Tokens(text);
        var parts = SpanParts.Collect(tokens, today);
        if (parts is null || (parts.Start is null && parts.Day is null))
        {
            return SpanReading.Failed(SpanProblem.Unreadable);
        }

        // "Sa nachmittags", "Friday evening": a day with a part of the day stands for its usual hours
        if (parts.Start is null && DayWords.DayPartIn(tokens) is { } part)
        {
            parts = parts with { Start = part.From, End = part.To };
        }

        if (parts.Start is not { } startMinutes)
        {
            return SpanReading.Failed(SpanProblem.NoTime, parts.Day);
        }

        var day = parts.Day ?? today;
        var start = day.ToDateTime(TimeOnly.MinValue).AddMinutes(startMinutes);
        if ((parts.Day is null || parts.IsWeekday) && ToUtc(start, zone, preferLater: false) is { } guess && guess <= now)
        {
            // Only a time (or today's weekday) was typed and it has passed today: the member means the next one.
            var days = parts.Day is null ? 1 : 7;
            day = day.AddDays(days);
            start = start.AddDays(days);
        }

        DateTime? end = null;
        if (parts.End is { } endMinutes)
        {
            end = (parts.EndDay ?? day).ToDateTime(TimeOnly.MinValue).AddMinutes(endMinutes);
            if (end <= start && parts.EndDay is null && endMinutes <= LatestEndAfterMidnight && startMinutes >= EarliestStartBeforeMidnight)
            {
                end = end.Value.AddDays(1);
            }

            if (end <= start)
            {
                return SpanReading.Failed(SpanProblem.EndBeforeStart, day);
            }
        }

        if (ToUtc(start, zone, preferLater: false) is not { } startsAt)
        {
            return SpanReading.Failed(SpanProblem.NonexistentTime, day);
        }

        if (startsAt <= now)
        {
            return SpanReading.Failed(SpanProblem.InPast, day);
        }

        if (end is null)
        {
            return new SpanReading(new WallClockSpan(startsAt, startsAt + defaultLength, HasDefaultEnd: true), SpanProblem.None, day) { IsDayNamed = parts.Day is not null };
        }

        // In the repeated hour of the autumn change an end reads in summer time unless that would end before the start.
        var endsAt = ToUtc(end.Value, zone, preferLater: false);
        if (endsAt is { } early && early <= startsAt)
        {
            endsAt = ToUtc(end.Value, zone, preferLater: true);
        }

        return endsAt is { } e
            ? new SpanReading(new WallClockSpan(startsAt, e), SpanProblem.None, day) { IsDayNamed = parts.Day is not null }
            : SpanReading.Failed(SpanProblem.NonexistentTime, DateOnly.FromDateTime(end.Value));
    }

    /// <summary>
    /// A wall-clock time in UTC; null when the time does not exist (spring forward). A time that exists
    /// twice (fall back) reads as the first occurrence, or the second with <paramref name="preferLater"/>.
    /// </summary>
    public static DateTimeOffset? ToUtc(DateTime local, TimeZoneInfo zone, bool preferLater)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = zone.IsAmbiguousTime(local)
            ? preferLater ? zone.GetAmbiguousTimeOffsets(local).Min() : zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
