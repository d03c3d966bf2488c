using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopTimeTests
{
    /// <summary>Thursday 1 October 2026, 11:00 in Berlin.</summary>
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    private static readonly WorkshopTimeParser Parser = new(Region(), Clock);

    [Fact]
    public void Parse_LastSundayOfOctober2026_TenLocalIsNineUtc()
    {
        var utc = Parser.Parse("25.10.2026 10:00");

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void Parse_DayBeforeTheChange_TenLocalIsEightUtc()
    {
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), Parser.Parse("2026-10-24 10:00"));
    }

    [Fact]
    public void Parse_Summer_TenLocalIsEightUtc()
    {
        Assert.Equal(new DateTimeOffset(2027, 7, 3, 8, 0, 0, TimeSpan.Zero), Parser.Parse("3.7.2027 10 Uhr"));
    }

    [Theory]
    [InlineData("12.03.2027 18:00")]
    [InlineData("2027-03-12 18:00")]
    [InlineData("12.3.27 18:00")]
    [InlineData("12/03/2027 6:00 PM")]
    public void Parse_GermanAndEnglishFormats_ReadTheSameWinterTime(string text)
    {
        Assert.Equal(new DateTimeOffset(2027, 3, 12, 17, 0, 0, TimeSpan.Zero), Parser.Parse(text));
    }

    [Theory]
    [InlineData("morgen")]
    [InlineData("31.02.2027 18:00")]
    [InlineData("28.03.2027 02:30")]
    [InlineData("")]
    [InlineData("18 Uhr")]
    [InlineData("10 bis 15")]
    public void Parse_UnreadableNonexistentOrDaylessTime_ReturnsNull(string text)
    {
        Assert.Null(Parser.Parse(text));
    }

    [Theory]
    [InlineData("Sa 16.1. 14 Uhr", "2027-01-16 14:00")]
    [InlineData("16. Januar 14-17 Uhr", "2027-01-16 14:00")]
    [InlineData("next Friday 7pm", "2026-10-02 19:00")]
    [InlineData("Sat 16 Jan 2pm", "2027-01-16 14:00")]
    [InlineData("January 16, 6pm", "2027-01-16 18:00")]
    [InlineData("16. Januar 18:00", "2027-01-16 18:00")]
    [InlineData("am Samstag um 15 Uhr", "2026-10-03 15:00")]
    public void Parse_WordsAsForBookings_ReadTheStart(string text, string local)
    {
        var utc = Parser.Parse(text);

        Assert.NotNull(utc);
        Assert.Equal(local, TimeZoneInfo.ConvertTime(utc.Value, Region().Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void When_WorkshopAcrossTheYear_ShowsBerlinWallClock()
    {
        var winter = Workshop(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero));
        var summer = Workshop(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero));
        var messages = Messages(Region());

        Assert.Contains("25.10.2026, 10:00–12:00", messages.When(winter, Language.De), StringComparison.Ordinal);
        Assert.Contains("24.10.2026, 10:00–12:00", messages.When(summer, Language.De), StringComparison.Ordinal);
    }

    [Fact]
    public void ParseAndWhen_InAnotherConfiguredZone_UseThatWallClock()
    {
        var london = Region("Europe/London");

        var utc = new WorkshopTimeParser(london, Clock).Parse("12.03.2027 18:00");

        Assert.Equal(new DateTimeOffset(2027, 3, 12, 18, 0, 0, TimeSpan.Zero), utc);
        Assert.Contains("12.03.2027, 18:00–20:00", Messages(london).When(Workshop(utc!.Value), Language.De), StringComparison.Ordinal);
    }

    internal static RegionTime Region(string zone = "Europe/Berlin") => new(Options.Create(new RegionOptions { TimeZone = zone }));

    private static WorkshopMessages Messages(RegionTime region) =>
        new(TextCatalog.LoadEmbedded(), new HubDirectory(Options.Create(new HubsOptions())), Mock.Of<ICalendarWriter>(), region);

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
