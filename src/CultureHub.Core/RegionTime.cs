using Microsoft.Extensions.Options;

namespace CultureHub.Core;

/// <summary>
/// The region's time zone (<see cref="RegionOptions.TimeZone"/>): times are stored in UTC and shown,
/// typed and scheduled in this zone, so one setting moves all of them together.
/// </summary>
public sealed class RegionTime(IOptions<RegionOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>A wall-clock time in the region as UTC; null for a time the clocks skip (spring forward).</summary>
    public DateTimeOffset? ToUtc(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return Zone.IsInvalidTime(local) ? null : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }
}
