using CultureHub.Core.Dates;

namespace CultureHub.Core.Spaces;

/// <summary>
/// Reads when a listing is usually available: "Fr 18–23 Uhr, Sa 10–22", "Mo-Fr 18-22", "täglich 9–18",
/// "weekends 12-8pm", "Di und Do abends, Sa ganztags", "nach Absprache" / "by arrangement". Null when it
/// reads nothing useful. Parts of the day stand for fixed hours (evenings 18–22); the form shows the
/// windows it read on the listing's card, so an owner sees "Di 18:00–22:00" and can correct it.
/// </summary>
public static class AvailabilityParser
{
    private static readonly string[] ArrangementWords = ["absprache", "arrangement", "anfrage", "request", "flexibel", "flexible", "vereinbarung"];
    private static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public static Availability? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 300)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        if (ArrangementWords.Any(w => lower.Contains(w, StringComparison.Ordinal)))
        {
            return Availability.ByArrangement;
        }

        var windows = new List<WeeklyWindow>();
        var pendingDays = new List<DayOfWeek>();
        IReadOnlyList<DayOfWeek> lastDays = Week;
        foreach (var segment in lower.Replace(" und ", ",", StringComparison.Ordinal).Replace(" and ", ",", StringComparison.Ordinal).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tokens = ClockReading.Tokens(segment);
            pendingDays.AddRange(Days(tokens));
            var (named, minutes) = Hours(tokens);
            if (!named)
            {
                continue;
            }

            if (minutes is null)
            {
                return null;
            }

            // "Di vormittags und abends": a part without days of its own keeps the days just named
            lastDays = pendingDays.Count > 0 ? pendingDays.Distinct().ToList() : lastDays;
            windows.AddRange(lastDays.Select(d => new WeeklyWindow(d, minutes.Value.From, minutes.Value.To)));
            pendingDays.Clear();
        }

        return windows.Count > 0 ? new Availability(windows) : null;
    }

    /// <summary>
    /// The segment's hours in minutes. <c>Named</c> is false when it names no hours at all; named hours
    /// that make no window (a wrong time) come back as a null window, and the whole answer is asked again.
    /// </summary>
    private static (bool Named, (int From, int To)? Window) Hours(IReadOnlyList<ClockToken> tokens)
    {
        var times = tokens.OfType<TimeToken>().ToList();
        if (times.Count >= 2)
        {
            return (true, Window(times[0], times[1]));
        }

        return DayWords.DayPartIn(tokens) is { } part ? (true, part) : (false, null);
    }

    private static (int From, int To)? Window(TimeToken from, TimeToken to)
    {
        if (to.Meridiem is not null && from.Meridiem is null && from.Hour <= 12)
        {
            from = from.WithMeridiem(to.Meridiem);
        }

        if (from.Minutes() is not { } start || to.Minutes() is not { } end)
        {
            return null;
        }

        // "20–2 Uhr" runs past midnight
        return end > start ? (start, end) : (start, end + (24 * 60));
    }

    private static List<DayOfWeek> Days(IReadOnlyList<ClockToken> tokens)
    {
        var days = new List<DayOfWeek>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i] is not WordToken { Word: var word })
            {
                continue;
            }

            if (word is "täglich" or "taeglich" or "daily" or "jederzeit" or "anytime" or "everyday" or "immer")
            {
                days.AddRange(Week);
            }
            else if (word.StartsWith("wochenend", StringComparison.Ordinal) || word is "weekend" or "weekends")
            {
                days.AddRange([DayOfWeek.Saturday, DayOfWeek.Sunday]);
            }
            else if (word is "werktags" or "wochentags" or "weekdays")
            {
                days.AddRange(Week[..5]);
            }
            else if (DayWords.WeekdayWithPart(word) is { } compound)
            {
                days.Add(compound.Day);
            }
            else if (DayWords.Weekday(word) is { } day)
            {
                var isRange = i + 2 < tokens.Count && tokens[i + 1] is DashToken && tokens[i + 2] is WordToken { Word: var last } && DayWords.Weekday(last) is not null;
                days.AddRange(isRange ? Range(day, DayWords.Weekday(((WordToken)tokens[i + 2]).Word)!.Value) : [day]);
                i += isRange ? 2 : 0;
            }
        }

        return days;
    }

    private static IEnumerable<DayOfWeek> Range(DayOfWeek from, DayOfWeek to)
    {
        for (var day = from; ; day = (DayOfWeek)(((int)day + 1) % 7))
        {
            yield return day;
            if (day == to)
            {
                yield break;
            }
        }
    }
}
