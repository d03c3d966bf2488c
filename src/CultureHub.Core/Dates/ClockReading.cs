using System.Globalization;
using System.Text.RegularExpressions;

namespace CultureHub.Core.Dates;

/// <summary>One token of a typed date or time: a calendar date, a clock time, a range dash, or a word.</summary>
internal abstract record ClockToken;

internal sealed record DateToken(int Day, int Month, int? Year) : ClockToken;

/// <summary>A clock time; <see cref="Meridiem"/> is "am", "pm" or null (24-hour clock).</summary>
internal sealed record TimeToken(int Hour, int Minute, string? Meridiem, bool HasMinutes) : ClockToken
{
    public TimeToken WithMeridiem(string? meridiem) => this with { Meridiem = meridiem };

    /// <summary>Minutes after midnight (24:00 is 1440), or null when the time is impossible.</summary>
    public int? Minutes()
    {
        var hour = Hour;
        if (Meridiem is not null)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (Meridiem == "pm" ? 12 : 0);
        }

        if (Minute is < 0 or > 59 || hour is < 0 or > 24 || (hour == 24 && Minute > 0))
        {
            return null;
        }

        return (hour * 60) + Minute;
    }
}

internal sealed record DashToken : ClockToken;

internal sealed record WordToken(string Word) : ClockToken;

/// <summary>
/// Splits what members type about dates and times into tokens. Shared by the span parser (bookings)
/// and the weekly-window parser (availability), so "19–22 Uhr" reads the same in both.
/// </summary>
internal static partial class ClockReading
{
    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "bis", "to", "until", "till", "til", "and" };

    public static IReadOnlyList<ClockToken> Tokens(string text)
    {
        var normal = text.ToLowerInvariant()
            .Replace('–', '-').Replace('—', '-').Replace('‒', '-').Replace('−', '-')
            .Replace("a.m.", "am", StringComparison.Ordinal).Replace("p.m.", "pm", StringComparison.Ordinal);
        var tokens = new List<ClockToken>();
        foreach (Match match in Token().Matches(normal))
        {
            tokens.Add(ToToken(match));
        }

        return tokens;
    }

    private static ClockToken ToToken(Match match)
    {
        static int N(Group group) => int.Parse(group.Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (match.Groups["iso"].Success)
        {
            return new DateToken(N(match.Groups["id"]), N(match.Groups["im"]), N(match.Groups["iy"]));
        }

        if (match.Groups["dmy"].Success)
        {
            return new DateToken(N(match.Groups["dd"]), N(match.Groups["dm"]), match.Groups["dy"].Success ? FullYear(N(match.Groups["dy"])) : null);
        }

        if (match.Groups["slash"].Success)
        {
            return new DateToken(N(match.Groups["sd"]), N(match.Groups["sm"]), match.Groups["sy"].Success ? FullYear(N(match.Groups["sy"])) : null);
        }

        if (match.Groups["time"].Success)
        {
            var meridiem = match.Groups["mer"].Success ? match.Groups["mer"].Value : null;
            var hasMinutes = match.Groups["min"].Success;
            return new TimeToken(N(match.Groups["hour"]), hasMinutes ? N(match.Groups["min"]) : 0, meridiem, hasMinutes);
        }

        if (match.Groups["dash"].Success)
        {
            return new DashToken();
        }

        var word = match.Groups["word"].Value.TrimEnd('.');
        return RangeWords.Contains(word) ? new DashToken() : new WordToken(word);
    }

    private static int FullYear(int year) => year < 100 ? 2000 + year : year;

    [GeneratedRegex(
        @"(?<iso>(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2}))"
        + @"|(?<dmy>(?<dd>\d{1,2})\.(?<dm>\d{1,2})\.(?<dy>\d{4}|\d{2})?(?!\d))"
        + @"|(?<slash>(?<sd>\d{1,2})/(?<sm>\d{1,2})(?:/(?<sy>\d{4}|\d{2}))?)"
        + @"|(?<time>(?<hour>\d{1,2})(?:[:.](?<min>\d{2}))?\s?(?:h\b|uhr\b)?\s?(?<mer>am|pm)?(?![\p{L}\d]))"
        + @"|(?<dash>-)"
        + @"|(?<word>\p{L}[\p{L}']*\.?)",
        RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();
}
