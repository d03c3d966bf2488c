using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// "Texte" beside making music are a song's words, on sentences written for these tests (none comes from a
/// graded set): next to singing or producing in the same sentence they read as lyrics, next to a website as copy.
/// </summary>
public sealed class SongTextReadingTests
{
    [Theory]
    [InlineData("Wer schreibt mir Texte und produziert die Beats dazu?")]
    [InlineData("Ich brauche jemanden, der meine Melodien komponiert und mir Texte liefert.")]
    public void ReadSeeks_TextsBesideMakingMusic_ReadAsLyrics(string text)
    {
        var ids = Ids(Reader.ReadSeeks(text, Language.De));

        Assert.Contains("lyrics", ids);
        Assert.DoesNotContain("copywriting", ids);
    }

    [Theory]
    [InlineData("Wir brauchen Texte für unseren neuen Onlineshop.")]
    [InlineData("Wir sind eine Band und brauchen frische Texte für die Website.")]
    public void ReadSeeks_TextsWithoutMusicMaking_StayCopywriting(string text)
    {
        var ids = Ids(Reader.ReadSeeks(text, Language.De));

        Assert.Contains("copywriting", ids);
        Assert.DoesNotContain("lyrics", ids);
    }

    [Fact]
    public void ReadSeeks_TextsInAnotherSentenceThanTheMusic_StayCopywriting()
    {
        var ids = Ids(Reader.ReadSeeks("Ich singe in einem Chor. Für meinen Laden suche ich jemanden, der Texte schreibt.", Language.De));

        Assert.Contains("copywriting", ids);
    }
}
