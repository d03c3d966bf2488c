namespace CultureHub.Core;

/// <summary>The time zone of the hubs: times are stored in UTC and shown in Europe/Berlin.</summary>
public static class Berlin
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);
}
