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
}
