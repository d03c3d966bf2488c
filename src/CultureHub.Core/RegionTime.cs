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

    /// <summary>The calendar day in the region that a moment falls on.</summary>
    public DateOnly DayOf(DateTimeOffset moment) => DateOnly.FromDateTime(ToLocal(moment).DateTime);

    /// <summary>Midnight at the start of <paramref name="day"/> in the region.</summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local));
    }

    /// <summary>A wall-clock time in the region as UTC; null for a time the clocks skip (spring forward).</summary>
    public DateTimeOffset? ToUtc(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return Zone.IsInvalidTime(local) ? null : new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }
}
