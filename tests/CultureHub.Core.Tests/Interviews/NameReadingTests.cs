using CultureHub.Core.Interviews;

namespace CultureHub.Core.Tests.Interviews;

/// <summary>The name step: a greeting is not a name, and a sentence that goes on after the name is what the member does.</summary>
public sealed class NameReadingTests
{
    [Theory]
    [InlineData("Moin, ich bin Jonas und spiele Flamencogitarre", "Jonas", "spiele Flamencogitarre")]
    [InlineData("Hi, I'm Sam and I edit music videos", "Sam", "I edit music videos")]
    [InlineData("Hallo! Ich heiße Mara, Sängerin aus Celle", "Mara", "Sängerin aus Celle")]
    [InlineData("Good evening! My name is Ada Brook", "Ada Brook", null)]
    [InlineData("Moin moin 👋 ich bin Fenja", "Fenja", null)]
    [InlineData("Ich bin Jana, Tontechnikerin aus Vechta", "Jana", "Tontechnikerin aus Vechta")]
    [InlineData("Moin moin! Ich bin Fenja und gebe Tanzkurse für Kinder, ich bin Tänzerin", "Fenja", "gebe Tanzkurse für Kinder, ich bin Tänzerin")]
    [InlineData("Ich bin Kai, spiele Bass und singe", "Kai", "spiele Bass und singe")]
    [InlineData("Wir sind Tim und Lea", "Tim und Lea", null)]
    [InlineData("Rock and Roll Rebels", "Rock and Roll Rebels", null)]
    [InlineData("Hilde", "Hilde", null)]
    [InlineData("Heyko Janssen", "Heyko Janssen", null)]
    [InlineData("Moin", "Moin", null)]
    public void ReadNameAndRest_GreetingsAndSentences_GivesTheNameAndWhatFollows(string answer, string name, string? rest)
    {
        var (readName, remainder) = AnswerReader.ReadNameAndRest(answer);

        Assert.Equal(name, readName);
        Assert.Equal(rest, remainder);
    }
}
