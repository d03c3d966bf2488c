using System.Globalization;
using CultureHub.Core.Dates;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>Typed spans read as Berlin wall-clock time, relative to Thursday 1 October 2026, 11:00 Berlin.</summary>
public sealed class WallClockSpanParserTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan DefaultLength = TimeSpan.FromHours(3);

    private static SpanReading Read(string text, DateTimeOffset? now = null) => WallClockSpanParser.Read(text, now ?? Now, Zone, DefaultLength);

    private static (string Start, string End) Local(SpanReading reading) =>
        (TimeZoneInfo.ConvertTime(reading.Span!.StartsAt, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), TimeZoneInfo.ConvertTime(reading.Span.EndsAt, Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("Fr 19–22 Uhr", "2026-10-02 19:00", "2026-10-02 22:00")]
    [InlineData("Freitag 19-22", "2026-10-02 19:00", "2026-10-02 22:00")]
    [InlineData("18.12. 19:00 bis 22:00", "2026-12-18 19:00", "2026-12-18 22:00")]
    [InlineData("Friday 7-10pm", "2026-10-02 19:00", "2026-10-02 22:00")]
    [InlineData("fri 11am-2pm", "2026-10-02 11:00", "2026-10-02 14:00")]
    [InlineData("morgen 18 Uhr", "2026-10-02 18:00", "2026-10-02 21:00")]
    [InlineData("tomorrow 6pm", "2026-10-02 18:00", "2026-10-02 21:00")]
    [InlineData("Sa 22–2 Uhr", "2026-10-03 22:00", "2026-10-04 02:00")]
    [InlineData("2026-12-18 19:00-23:30", "2026-12-18 19:00", "2026-12-18 23:30")]
    [InlineData("18. Dezember 19-22 Uhr", "2026-12-18 19:00", "2026-12-18 22:00")]
    [InlineData("December 18, 7pm to 10pm", "2026-12-18 19:00", "2026-12-18 22:00")]
    [InlineData("am Freitag von 19 bis 22 Uhr", "2026-10-02 19:00", "2026-10-02 22:00")]
    [InlineData("5.1. 10-12", "2027-01-05 10:00", "2027-01-05 12:00")]
    [InlineData("Do 10-12", "2026-10-08 10:00", "2026-10-08 12:00")]
    [InlineData("Sa nachmittags", "2026-10-03 14:00", "2026-10-03 18:00")]
    [InlineData("Friday evening", "2026-10-02 18:00", "2026-10-02 22:00")]
    [InlineData("18.12. den ganzen Tag", "2026-12-18 09:00", "2026-12-18 22:00")]
    public void Read_CommonForms_GiveBerlinSpan(string text, string start, string end)
    {
        var reading = Read(text);

        Assert.Equal(SpanProblem.None, reading.Problem);
        Assert.Equal((start, end), Local(reading));
    }

    [Fact]
    public void Read_StartOnly_AddsDefaultLengthAndSaysSo() =>
        Assert.True(Read("morgen 18 Uhr").Span!.HasDefaultEnd);

    [Theory]
    [InlineData("1.10.2026 10-12", SpanProblem.InPast)]
    [InlineData("Fr 22-19 Uhr", SpanProblem.EndBeforeStart)]
    [InlineData("18.12. 19:00 bis 18:00", SpanProblem.EndBeforeStart)]
    [InlineData("Freitag", SpanProblem.NoTime)]
    [InlineData("irgendwann mal wenn es passt bei euch so", SpanProblem.Unreadable)]
    [InlineData("🎸🎸🎸", SpanProblem.Unreadable)]
    [InlineData("31.2. 19-22", SpanProblem.Unreadable)]
    [InlineData("Fr 25-26", SpanProblem.Unreadable)]
    [InlineData("", SpanProblem.Unreadable)]
    public void Read_BadInput_NamesTheProblem(string text, SpanProblem problem) =>
        Assert.Equal(problem, Read(text).Problem);

    [Fact]
    public void Read_SpringForwardNight_FromOneToFour_IsTwoRealHours()
    {
        var reading = Read("So 28.3.2027 1-4 Uhr");

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 0, 0, 0, TimeSpan.Zero), reading.Span!.StartsAt);
        Assert.Equal(TimeSpan.FromHours(2), reading.Span.Length);
    }

    [Fact]
    public void Read_SpringForwardNight_SkippedHalfHour_IsNonexistent()
    {
        var reading = Read("28.3.2027 2:30-4:00");

        Assert.Equal(SpanProblem.NonexistentTime, reading.Problem);
        Assert.Equal(new DateOnly(2027, 3, 28), reading.Day);
    }

    [Fact]
    public void Read_FallBackNight_FromOneToFour_IsFourRealHours()
    {
        var reading = Read("25.10.2026 1-4 Uhr");

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 23, 0, 0, TimeSpan.Zero), reading.Span!.StartsAt);
        Assert.Equal(TimeSpan.FromHours(4), reading.Span.Length);
    }

    [Fact]
    public void Read_TimeOnlyAlreadyPassedToday_MeansTomorrow() =>
        Assert.Equal(("2026-10-02 10:00", "2026-10-02 12:00"), Local(Read("10-12 Uhr")));
}
