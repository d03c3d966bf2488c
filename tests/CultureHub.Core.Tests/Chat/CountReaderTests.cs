using CultureHub.Core.Chat;

namespace CultureHub.Core.Tests.Chat;

public sealed class CountReaderTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("12 Plätze", 12)]
    [InlineData("ca. 15 Personen", 15)]
    [InlineData("maximal zwölf", 12)]
    [InlineData("Vier", 4)]
    [InlineData("about twenty people", 20)]
    [InlineData("up to 8 seats!", 8)]
    public void Read_ACount_InDigitsOrWords(string text, int expected) =>
        Assert.Equal(expected, CountReader.Read(text));

    [Theory]
    [InlineData("")]
    [InlineData("🎻🎻")]
    [InlineData("10-15")]
    [InlineData("10 bis 15")]
    [InlineData("zwei oder drei")]
    [InlineData("viele")]
    [InlineData("-3")]
    [InlineData("99999999999999")]
    public void Read_NoSingleCount_IsNull(string text) =>
        Assert.Null(CountReader.Read(text));
}
