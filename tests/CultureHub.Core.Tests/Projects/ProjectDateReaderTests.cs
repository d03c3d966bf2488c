using CultureHub.Core.Projects;
using Microsoft.Extensions.Options;

namespace CultureHub.Core.Tests.Projects;

public sealed class ProjectDateReaderTests
{
    private readonly ProjectDateReader _reader = new(new RegionTime(Options.Create(new RegionOptions())));

    [Theory]
    [InlineData("15.06.2027", "2027-06-15")]
    [InlineData("2027-06-15", "2027-06-15")]
    [InlineData("Juni 2027", "2027-06-30")]
    [InlineData("June 2027", "2027-06-30")]
    [InlineData("02/2028", "2028-02-29")]
    public void Read_DayOrMonth_EndOfThatDayInTheRegion(string text, string day)
    {
        var read = _reader.Read(text);

        Assert.NotNull(read);
        Assert.Equal(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), new RegionTime(Options.Create(new RegionOptions())).DayOf(read.Value));
    }

    [Theory]
    [InlineData("im Sommer")]
    [InlineData("bald")]
    [InlineData("🎬")]
    [InlineData("32.13.2027")]
    public void Read_NoDayNamed_ReturnsNull(string text) => Assert.Null(_reader.Read(text));
}
