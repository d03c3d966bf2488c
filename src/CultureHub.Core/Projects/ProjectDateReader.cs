using System.Globalization;

namespace CultureHub.Core.Projects;

/// <summary>
/// Reads when a project happens as people write it: a day ("15.06.2027", "2027-06-15", "15/06/2027")
/// or a month ("Juni 2027", "June 2027", "06/2027"), which stands for its last day. Anything else
/// ("im Sommer", "bald") stays words: the project keeps them, and the follow-up waits the default time.
/// </summary>
public sealed class ProjectDateReader(RegionTime region)
{
    private static readonly string[] DayFormats = ["d.M.yyyy", "d.M.yy", "yyyy-M-d", "d/M/yyyy", "d. MMMM yyyy", "d MMMM yyyy", "MMMM d, yyyy", "MMMM d yyyy"];
    private static readonly string[] MonthFormats = ["M/yyyy", "M.yyyy", "yyyy-M", "MMMM yyyy", "MMM yyyy"];
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("de-DE"), CultureInfo.InvariantCulture];

    /// <summary>The end of the named day (region time) in UTC, or null when no day or month is named.</summary>
    public DateTimeOffset? Read(string text)
    {
        var cleaned = text.Trim().TrimEnd('.', '!');
        foreach (var culture in Cultures)
        {
            if (DateTime.TryParseExact(cleaned, DayFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var day))
            {
                return EndOf(DateOnly.FromDateTime(day));
            }

            if (DateTime.TryParseExact(cleaned, MonthFormats, culture, DateTimeStyles.AllowWhiteSpaces, out var month))
            {
                var first = DateOnly.FromDateTime(month);
                return EndOf(first.AddMonths(1).AddDays(-1));
            }
        }

        return null;
    }

    private DateTimeOffset EndOf(DateOnly day) => region.StartOf(day.AddDays(1)).AddSeconds(-1);
}
