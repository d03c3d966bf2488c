using CultureHub.Core.Members;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopTimeTests
{
    [Fact]
    public void Parse_LastSundayOfOctober2026_TenLocalIsNineUtc()
    {
        var utc = WorkshopTimeParser.Parse("25.10.2026 10:00");

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void Parse_DayBeforeTheChange_TenLocalIsEightUtc()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), WorkshopTimeParser.Parse("2026-10-24 10:00"));
    }

    [Fact]
    public void Parse_Summer_TenLocalIsEightUtc()
    {
        Assert.Equal(new DateTimeOffset(2027, 7, 3, 8, 0, 0, TimeSpan.Zero), WorkshopTimeParser.Parse("3.7.2027 10 Uhr"));
    }

    [Theory]
    [InlineData("12.03.2027 18:00")]
    [InlineData("2027-03-12 18:00")]
    [InlineData("12.3.27 18:00")]
    [InlineData("12/03/2027 6:00 PM")]
    public void Parse_GermanAndEnglishFormats_ReadTheSameWinterTime(string text)
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 12, 17, 0, 0, TimeSpan.Zero), WorkshopTimeParser.Parse(text));
    }

    [Theory]
    [InlineData("morgen")]
    [InlineData("31.02.2027 18:00")]
    [InlineData("28.03.2027 02:30")]
    [InlineData("")]
    public void Parse_UnreadableOrNonexistentTime_ReturnsNull(string text)
    {
        Assert.Null(WorkshopTimeParser.Parse(text));
    }

    [Fact]
    public void When_WorkshopAcrossTheYear_ShowsBerlinWallClock()
    {
        var winter = Workshop(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero));
        var summer = Workshop(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero));

        Assert.Contains("25.10.2026, 10:00–12:00", WorkshopMessages.When(winter, Language.De));
        Assert.Contains("24.10.2026, 10:00–12:00", WorkshopMessages.When(summer, Language.De));
    }

    internal static Workshop Workshop(DateTimeOffset startsAt, WorkshopState state = WorkshopState.Published) => new()
    {
        Id = "k7m2q",
        Title = "Field Recording",
        Description = "Geräusche sammeln, Stereo-Mikrofonie",
        HubId = "hannover",
        StartsAt = startsAt,
        EndsAt = startsAt.AddHours(2),
        State = state,
        CheckInCode = "AB23",
    };
}
