using CultureHub.Core.Places;
using CultureHub.Core.Spaces;

namespace CultureHub.Core.Tests.Spaces;

public sealed class ListingWordsTests
{
    private static Listing Listing(string title, string description) => new()
    {
        Id = "abcde",
        Kind = "workshop_space",
        Title = title,
        Description = description,
        Town = new Place("Verden", new GeoPoint(52.92, 9.24), "Lüneburg", 27000, IsInNiedersachsen: true),
        CreatedBy = "web:wiebke",
    };

    [Fact]
    public void Of_Search_KeepsWhatIsWantedWithoutSmallWords()
    {
        Assert.Equal(["siebdruck", "tisch"], ListingWords.Of("Ich suche einen Siebdruck-Tisch, bitte!"));
    }

    [Theory]
    [InlineData("Siebdruck", true)]
    [InlineData("siebdruck belichter", true)]
    [InlineData("Siebdruck Brennofen", false)]
    [InlineData("👀", false)]
    public void AllIn_WordsInsideCompounds_MatchNameOrDescription(string search, bool expected)
    {
        var listing = Listing("Druckwerkstatt am Dom", "Zwei Siebdrucktische und ein Belichter.");

        var words = ListingWords.Of(search);

        Assert.Equal(expected, words.Count > 0 && ListingWords.AllIn(words, listing));
    }
}
