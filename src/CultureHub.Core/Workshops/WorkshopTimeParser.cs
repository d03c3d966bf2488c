using System.Globalization;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Reads a date and time as members type them ("12.03.2027 18:00", "2027-03-12 18:00",
/// "12.3.27 18 Uhr", "03/12/2027 6:00 PM") as wall-clock time in the region, and returns UTC.
/// </summary>
public sealed class WorkshopTimeParser(RegionTime region)
{
    private static readonly string[] Formats =
    [
        "d.M.yyyy H:mm", "d.M.yyyy H.mm", "d.M.yyyy H", "d.M.yy H:mm", "d.M.yy H",
        "yyyy-M-d H:mm", "yyyy-M-d'T'H:mm", "yyyy-M-d H",
        "d/M/yyyy H:mm", "d/M/yyyy h:mm tt", "d/M/yyyy h tt",
        "d.M.yyyy, H:mm", "d.M.yyyy 'um' H:mm", "yyyy-M-d 'at' H:mm", "d/M/yyyy 'at' H:mm",
    ];

    /// <summary>The moment in UTC, or null when unreadable or a wall-clock time that does not exist (spring forward).</summary>
    public DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = string.Join(' ', text.Trim()
            .Replace(" Uhr", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Replace("Uhr", string.Empty, StringComparison.OrdinalIgnoreCase)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return DateTime.TryParseExact(cleaned, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local)
            ? region.ToUtc(local)
            : null;
    }
}
