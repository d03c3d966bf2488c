using System.Globalization;

namespace CultureHub.Core.Insights;

/// <summary>
/// A span of whole calendar months, <c>[FirstMonth, EndMonth)</c>; a null end is open. Moments are
/// turned into days by the region's calendar (<see cref="RegionTime.DayOf"/>) before they are compared.
/// Every period is made of whole months: a query for one day answers for its whole month, so two
/// periods that differ by a day (and could be subtracted to single out one joiner) cannot be asked for.
/// </summary>
public sealed record InsightsPeriod
{
    private InsightsPeriod(DateOnly? firstMonth, DateOnly? endMonth)
    {
        FirstMonth = firstMonth;
        EndMonth = endMonth;
    }

    public static InsightsPeriod All { get; } = new(null, null);

    /// <summary>The first day of the first month, or null when open.</summary>
    public DateOnly? FirstMonth { get; }

    /// <summary>The first day of the month after the last one, or null when open.</summary>
    public DateOnly? EndMonth { get; }

    /// <summary>The last day in the period, for display and exports.</summary>
    public DateOnly? LastDay => EndMonth?.AddDays(-1);

    public int? Months => FirstMonth is { } first && EndMonth is { } end ? ((end.Year - first.Year) * 12) + end.Month - first.Month : null;

    public bool Contains(DateOnly day) => (FirstMonth is null || day >= FirstMonth) && IsBeforeEnd(day);

    public bool IsBeforeEnd(DateOnly day) => EndMonth is null || day < EndMonth;

    /// <summary>The whole months from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public static InsightsPeriod Covering(DateOnly? first, DateOnly? last)
    {
        if (first is { } a && last is { } b && b < a)
        {
            (first, last) = (last, first);
        }

        return new InsightsPeriod(first is { } f ? new DateOnly(f.Year, f.Month, 1) : null, last is { } l ? new DateOnly(l.Year, l.Month, 1).AddMonths(1) : null);
    }

    /// <summary>
    /// Parses <c>yyyy-MM-dd</c> (or <c>yyyy-MM</c>) query values and snaps them outward to whole months.
    /// Unreadable values leave that end open.
    /// </summary>
    public static InsightsPeriod Parse(string? from, string? to) => Covering(ParseDay(from), ParseDay(to));

    /// <summary>The evaluation period of <paramref name="months"/> months (on a grid starting in January) that holds the day.</summary>
    public static InsightsPeriod Evaluation(DateOnly day, int months)
    {
        var firstMonth = ((day.Month - 1) / months * months) + 1;
        var first = new DateOnly(day.Year, firstMonth, 1);
        return new InsightsPeriod(first, first.AddMonths(months));
    }

    /// <summary>The evaluation period for <c>2025-Q2</c>, <c>2025-04</c> or <c>2025-04-17</c>; null when unreadable.</summary>
    public static InsightsPeriod? ParseEvaluation(string? text, int months)
    {
        if (text is { Length: 7 } && text[4..6] is "-Q" && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && text[6] is >= '1' and <= '4' && months == 3)
        {
            return Evaluation(new DateOnly(year, ((text[6] - '1') * 3) + 1, 1), months);
        }

        return ParseDay(text) is { } day ? Evaluation(day, months) : null;
    }

    /// <summary>The period of the same length just before this one; null for an open period.</summary>
    public InsightsPeriod? Previous() =>
        FirstMonth is { } first && Months is { } months ? new InsightsPeriod(first.AddMonths(-months), first) : null;

    /// <summary>A short name: <c>2025-Q2</c> for a calendar quarter, <c>2025-04</c> for a month, else first and last month.</summary>
    public string Name()
    {
        if (FirstMonth is not { } first || Months is not { } months)
        {
            return $"{FirstMonth?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "…"}..{LastDay?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "…"}";
        }

        return months switch
        {
            1 => first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            3 when (first.Month - 1) % 3 == 0 => string.Create(CultureInfo.InvariantCulture, $"{first.Year}-Q{((first.Month - 1) / 3) + 1}"),
            _ => $"{first.ToString("yyyy-MM", CultureInfo.InvariantCulture)}..{LastDay!.Value.ToString("yyyy-MM", CultureInfo.InvariantCulture)}",
        };
    }

    private static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month
        : null;
}
