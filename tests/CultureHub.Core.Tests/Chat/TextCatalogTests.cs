using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Tests.Chat;

public sealed class TextCatalogTests
{
    [Fact]
    public void Embedded_GermanAndEnglish_HaveTheSameKeys()
    {
        var texts = TextCatalog.LoadEmbedded();

        var german = texts.Keys(Language.De).Order().ToList();
        var english = texts.Keys(Language.En).Order().ToList();

        Assert.NotEmpty(german);
        Assert.Equal(german, english);
    }

    [Fact]
    public void Get_MissingInEnglish_FallsBackToGermanThenKey()
    {
        var texts = new TextCatalog(new Dictionary<Language, IReadOnlyDictionary<string, string>>
        {
            [Language.De] = new Dictionary<string, string> { ["a"] = "Hallo" },
            [Language.En] = new Dictionary<string, string>(),
        });

        Assert.Equal("Hallo", texts.Get(Language.En, "a"));
        Assert.Equal("b", texts.Get(Language.En, "b"));
    }

    [Theory]
    [InlineData(Language.De, new[] { "Fotografie" }, "Fotografie")]
    [InlineData(Language.De, new[] { "Fotografie", "Grafikdesign", "Webdesign" }, "Fotografie, Grafikdesign und Webdesign")]
    [InlineData(Language.De, new[] { "Instrumentenbau und Reparatur", "Fotografie" }, "„Instrumentenbau und Reparatur“ und „Fotografie“")]
    [InlineData(Language.En, new[] { "mixing", "mastering" }, "mixing and mastering")]
    [InlineData(Language.En, new[] { "lessons and workshops", "strings" }, "“lessons and workshops” and “strings”")]
    public void List_JoinsWithTheLanguagesConjunction_QuotingLabelsThatHoldIt(Language language, string[] items, string expected)
    {
        var texts = TextCatalog.LoadEmbedded();

        Assert.Equal(expected, texts.List(language, items));
    }
}
