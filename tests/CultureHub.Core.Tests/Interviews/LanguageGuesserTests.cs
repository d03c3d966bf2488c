using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Interviews;

public sealed class LanguageGuesserTests
{
    [Theory]
    [InlineData("أعزف على العود وأبحث عن فرقة في هانوفر")]
    [InlineData("Я играю на скрипке и ищу группу")]
    [InlineData("من نوازنده تار هستم")]
    [InlineData("Ben bir fotoğrafçıyım ve müzisyenlerle çalışmak istiyorum")]
    [InlineData("Jestem grafikiem i szukam zespołu, który potrzebuje okładki")]
    [InlineData("Soy bailarina y busco un estudio para ensayar con mi grupo")]
    [InlineData("Je suis photographe et je cherche des groupes pour une expo")]
    public void IsNeither_TextInAnotherLanguage_IsTrue(string text) => Assert.True(LanguageGuesser.IsNeither(text));

    [Theory]
    [InlineData("Ich spiele Bratsche und suche ein Streichquartett in der Nähe von Celle")]
    [InlineData("I'm a printmaker looking for a shared workshop")]
    [InlineData("Gitarre, Gesang, Booking, Live-Auftritte")]
    [InlineData("Ik speel Gitarr un sing op Platt, meist op Dörpfesten")]
    [InlineData("Fotos: www.beispiel.de, www.bilder-nord.de und insta.de")]
    [InlineData("Ayşe Yılmaz")]
    [InlineData("Ich spiele Oud (عود) und Saz in einer Band")]
    [InlineData("Ich bin Sängerin, mein Lieblingslied ist „La vie en rose“")]
    [InlineData("🎸🥁🎤")]
    [InlineData("")]
    public void IsNeither_GermanEnglishPlattOrNamesAndLinks_IsFalse(string text) => Assert.False(LanguageGuesser.IsNeither(text));

    [Theory]
    [InlineData("Moin, ich bin Fenja und male", Language.De)]
    [InlineData("Hi, I'm Fenja and I paint", Language.En)]
    public void Guess_CommonSmallWords_TellsGermanFromEnglish(string text, Language expected) =>
        Assert.Equal(expected, LanguageGuesser.Guess(text));
}
