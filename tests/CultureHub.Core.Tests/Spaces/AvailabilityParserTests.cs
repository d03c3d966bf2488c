using CultureHub.Core.Spaces;

namespace CultureHub.Core.Tests.Spaces;

/// <summary>How owners write when their room or gear is usually free, read as weekly windows.</summary>
public sealed class AvailabilityParserTests
{
    /// <summary>The windows as "Tue 18:00-22:00" in day order, so one string shows the whole reading.</summary>
    private static string Read(string text) =>
        AvailabilityParser.Parse(text) is { } availability
            ? string.Join(", ", availability.Windows.OrderBy(w => ((int)w.Day + 6) % 7).ThenBy(w => w.FromMinute)
                .Select(w => $"{w.Day.ToString()[..3]} {w.FromMinute / 60:00}:{w.FromMinute % 60:00}-{w.ToMinute / 60:00}:{w.ToMinute % 60:00}"))
            : "null";

    [Theory]
    [InlineData("Fr 18–23 Uhr, Sa 10–22 Uhr", "Fri 18:00-23:00, Sat 10:00-22:00")]
    [InlineData("Mo-Fr 9-17", "Mon 09:00-17:00, Tue 09:00-17:00, Wed 09:00-17:00, Thu 09:00-17:00, Fri 09:00-17:00")]
    [InlineData("weekends 12-8pm", "Sat 12:00-20:00, Sun 12:00-20:00")]
    [InlineData("Sa 20–2 Uhr", "Sat 20:00-26:00")]
    public void Parse_ClockTimes_GiveWindows(string text, string expected) => Assert.Equal(expected, Read(text));

    [Theory]
    [InlineData("Di und Do abends, Sa ganztags", "Tue 18:00-22:00, Thu 18:00-22:00, Sat 09:00-22:00")]
    [InlineData("freitagabends und samstagvormittags", "Fri 18:00-22:00, Sat 09:00-12:00")]
    [InlineData("am Wochenende den ganzen Tag", "Sat 09:00-22:00, Sun 09:00-22:00")]
    [InlineData("Tue and Thu evenings, Sat all day", "Tue 18:00-22:00, Thu 18:00-22:00, Sat 09:00-22:00")]
    [InlineData("werktags tagsüber", "Mon 09:00-18:00, Tue 09:00-18:00, Wed 09:00-18:00, Thu 09:00-18:00, Fri 09:00-18:00")]
    public void Parse_PartsOfTheDay_GiveTheirUsualHours(string text, string expected) => Assert.Equal(expected, Read(text));

    [Fact]
    public void Parse_PartWithoutDays_KeepsTheDaysJustNamed()
    {
        Assert.Equal("Tue 09:00-12:00, Tue 18:00-22:00", Read("Di vormittags und abends"));
    }

    [Fact]
    public void Parse_SonnabendIsSaturdayNotAnEvening()
    {
        Assert.Equal("Sat 10:00-16:00", Read("Sonnabend 10-16 Uhr"));
    }

    [Theory]
    [InlineData("immer mal")]
    [InlineData("🎸")]
    [InlineData("")]
    [InlineData("Fr 25-30 Uhr")]
    public void Parse_NothingUsable_ReturnsNull(string text) => Assert.Equal("null", Read(text));

    [Fact]
    public void Parse_ByArrangement_HasNoWindows()
    {
        Assert.True(AvailabilityParser.Parse("nach Absprache")!.IsByArrangement);
    }
}
