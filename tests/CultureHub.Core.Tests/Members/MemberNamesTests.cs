using CultureHub.Core.Members;

namespace CultureHub.Core.Tests.Members;

public sealed class MemberNamesTests
{
    [Theory]
    [InlineData("Jana Krüger", null, "Jana")]
    [InlineData("Anna-Lena Meyer", null, "Anna-Lena")]
    [InlineData("Ayşe", null, "Ayşe")]
    [InlineData("Die Moorsoldaten", null, "Die Moorsoldaten")]
    [InlineData("The Late Trains", null, "The Late Trains")]
    [InlineData("Shantychor Emsgrund", null, "Shantychor Emsgrund")]
    [InlineData("Kulturverein Alte Mühle", null, "Kulturverein Alte Mühle")]
    [InlineData("Kaputte Kassette", "Wir sind eine Punkband aus Hannover.", "Kaputte Kassette")]
    [InlineData("Rosa Lindner", "Ich leite einen Chor.", "Rosa")]
    [InlineData("J. Brandt", null, "J. Brandt")]
    public void CallName_PeopleByFirstName_GroupsByWholeName(string name, string? ownWords, string expected)
    {
        Assert.Equal(expected, MemberNames.CallName(name, ownWords));
    }
}
