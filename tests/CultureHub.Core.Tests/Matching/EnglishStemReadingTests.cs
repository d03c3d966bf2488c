using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// English crafts named by a gerund ("booking", "recording", "mixing") share their stem with everyday
/// words ("a comic book", "a record shop", "a mix of styles"); on sentences written for these tests (none
/// comes from a graded set) the craft is read from its own word family and the everyday words stay words.
/// </summary>
public sealed class EnglishStemReadingTests
{
    [Theory]
    [InlineData("I draw comic books and sell them at fairs.", "booking")]
    [InlineData("I'm writing a cookbook and a travel book.", "booking")]
    [InlineData("I run a record shop and DJ on weekends.", "recording")]
    [InlineData("I keep a record of every show I play.", "recording")]
    [InlineData("My new track is out on all platforms.", "recording")]
    [InlineData("Our sound is a mix of folk, punk and cumbia.", "mixing")]
    [InlineData("Wir spielen einen Mix aus Swing und Balkanpop.", "mixing")]
    [InlineData("I play light jazz on the piano.", "lighting")]
    [InlineData("We have international partners and interns nowhere.", "training_place")]
    public void ReadOffers_EverydayWordSharingACraftsStem_IsNotThatCraft(string offers, string craft)
    {
        var tags = Reader.ReadOffers(offers, offers.StartsWith("Wir", StringComparison.Ordinal) ? Language.De : Language.En);

        Assert.DoesNotContain(craft, Ids(tags));
    }

    [Theory]
    [InlineData("I do bookings for three folk acts.", "booking")]
    [InlineData("Recording and mixing in my home studio.", "recording")]
    [InlineData("Recording and mixing in my home studio.", "mixing")]
    [InlineData("Den Mix mache ich selbst, fürs Mastering fehlt mir das Ohr.", "mixing")]
    [InlineData("I do the lighting for a small theatre.", "lighting")]
    public void ReadOffers_CraftWordFamily_IsTheCraft(string offers, string craft)
    {
        var tags = Reader.ReadOffers(offers, offers.StartsWith("Den", StringComparison.Ordinal) ? Language.De : Language.En);

        Assert.Contains(craft, Ids(tags));
    }

    [Theory]
    [InlineData("I need someone who masters my songs.", Language.En)]
    [InlineData("Ich suche jemanden, der mein Album mastert.", Language.De)]
    public void ReadSeeks_MasteringVerbForms_AreMastering(string seeks, Language language)
    {
        Assert.Contains("mastering", Ids(Reader.ReadSeeks(seeks, language)));
    }

    [Fact]
    public void ReadSeeks_OneWordOfAToolsName_IsNoTypoOfIt()
    {
        // "final" stands in "Final Cut" (film editing) only; alone it is an everyday word, not a misspelt craft.
        var tags = Reader.ReadSeeks("I want the final version of my songs to sound great.", Language.En);

        Assert.DoesNotContain("film_editing", Ids(tags));
    }
}
