using CultureHub.Core.Spaces;

namespace CultureHub.Core.Tests.Spaces;

public sealed class ListingTermsReaderTests
{
    [Theory]
    [InlineData("10 € pro Tag plus Material", TermsKind.Price)]
    [InlineData("€20 per evening", TermsKind.Price)]
    [InlineData("12,50 EUR die Stunde", TermsKind.Price)]
    [InlineData("kostenlos für Mitglieder, sonst 5 €", TermsKind.Price)]
    [InlineData("gegen eine Kiste Bier", TermsKind.Price)]
    [InlineData("kostenlos", TermsKind.Free)]
    [InlineData("Free for students", TermsKind.Free)]
    [InlineData("0 €", TermsKind.Free)]
    [InlineData("50 € Kaution", TermsKind.Deposit)]
    [InlineData("Pfand 100 Euro, sonst umsonst", TermsKind.Deposit)]
    public void Read_OwnersWords_GiveKind(string text, TermsKind expected) => Assert.Equal(expected, ListingTermsReader.Read(text).Kind);

    [Fact]
    public void Read_Price_KeepsTheOwnersWords()
    {
        Assert.Equal("10 € pro Tag plus Material", ListingTermsReader.Read("  10 € pro Tag plus Material ").Text);
    }
}
