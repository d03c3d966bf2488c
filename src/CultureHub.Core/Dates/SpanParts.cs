namespace CultureHub.Core.Dates;

/// <summary>The day, end day and clock times found among the tokens, before any time zone is applied.</summary>
internal sealed record SpanParts(DateOnly? Day, DateOnly? EndDay, int? Start, int? End)
{
    /// <summary>The day came from a weekday name alone ("Fr"), so a time already past today means next week.</summary>
    public bool IsWeekday { get; init; }

    private const int MaxUnknownWords = 4;

    /// <summary>Null when the tokens hold an impossible date or time, or too many words that are not about time.</summary>
    public static SpanParts? Collect(IReadOnlyList<ClockToken> read, DateOnly today)
    {
        var tokens = read.ToList();
        var dates = new List<DateOnly>();
        var times = new List<TimeToken>();
        DateOnly? relative = null;
        DayOfWeek? weekday = null;
        var unknown = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            switch (tokens[i])
            {
                case DateToken date:
                    if (Resolve(date.Day, date.Month, date.Year, today) is not { } resolved)
                    {
                        return null;
                    }

                    dates.Add(resolved);
                    break;
                case TimeToken time:
                    times.Add(time);
                    break;
                case WordToken { Word: var word }:
                    if (DayWords.Month(word) is { } month && MonthDay(tokens, i, times) is { } dayOfMonth)
                    {
                        if (Resolve(dayOfMonth, month, null, today) is not { } named)
                        {
                            return null;
                        }

                        dates.Add(named);
                    }
                    else if (DayWords.Weekday(word) is { } day)
                    {
                        weekday ??= day;
                    }
                    else if (DayWords.DaysFromToday(word) is { } days)
                    {
                        relative ??= today.AddDays(days);
                    }
                    else if (DayWords.NamedTime(word) is { } minutes)
                    {
                        times.Add(new TimeToken(minutes / 60, minutes % 60, null, true));
                    }
                    else if (word.Length > 0 && !DayWords.IsFiller(word) && ++unknown > MaxUnknownWords)
                    {
                        return null;
                    }

                    break;
            }
        }

        var first = dates.Count > 0 ? dates[0] : weekday is { } w ? today.AddDays(((int)w - (int)today.DayOfWeek + 7) % 7) : relative;
        var (start, end) = Clock(times);
        if (times.Count > 0 && start is null)
        {
            return null;
        }

        return new SpanParts(first, dates.Count > 1 ? dates[1] : null, start, end) { IsWeekday = dates.Count == 0 && weekday is not null };
    }

    /// <summary>"18. Dezember" (number before) or "December 18" (number after); the number stops being a time.</summary>
    private static int? MonthDay(List<ClockToken> tokens, int index, List<TimeToken> times)
    {
        if (index > 0 && tokens[index - 1] is TimeToken { HasMinutes: false, Meridiem: null, Hour: >= 1 and <= 31 } before && times.Count > 0 && ReferenceEquals(times[^1], before))
        {
            times.RemoveAt(times.Count - 1);
            return before.Hour;
        }

        if (index + 1 < tokens.Count && tokens[index + 1] is TimeToken { HasMinutes: false, Meridiem: null, Hour: >= 1 and <= 31 } after)
        {
            // consumed here, so it must not be read again as a time
            tokens[index + 1] = new WordToken(string.Empty);
            return after.Hour;
        }

        return null;
    }

    /// <summary>Start and end in minutes; "7-10pm" carries the pm to the start, "11-2pm" reads 11 as morning.</summary>
    private static (int? Start, int? End) Clock(List<TimeToken> times)
    {
        if (times.Count == 0)
        {
            return (null, null);
        }

        // "19 Uhr am Freitag": "am" after an hour past noon is the German word, not a.m.
        var cleaned = times.Select(t => t.Meridiem == "am" && t.Hour > 12 ? t.WithMeridiem(null) : t).ToList();
        var start = cleaned[0];
        var end = cleaned.Count > 1 ? cleaned[1] : null;
        if (end is { Meridiem: { } endMeridiem } && start.Meridiem is null && start.Hour <= 12)
        {
            start = start.WithMeridiem(endMeridiem);
            if (start.Minutes() > end.Minutes())
            {
                start = start.WithMeridiem(endMeridiem == "pm" ? "am" : "pm");
            }
        }
        else if (end is { Meridiem: null, Hour: <= 12 } && start.Meridiem is { } startMeridiem)
        {
            end = end.WithMeridiem(startMeridiem);
            if (end.Minutes() <= start.Minutes())
            {
                end = end.WithMeridiem(startMeridiem == "pm" ? "am" : "pm");
            }
        }

        return (start.Minutes(), end?.Minutes());
    }

    private static DateOnly? Resolve(int day, int month, int? year, DateOnly today)
    {
        var y = year ?? today.Year;
        if (month is < 1 or > 12 || day < 1 || y is < 2000 or > 2100 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        var date = new DateOnly(y, month, day);
        if (year is null && date < today && day <= DateTime.DaysInMonth(y + 1, month))
        {
            date = date.AddYears(1);
        }

        return date;
    }
}
