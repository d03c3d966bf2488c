using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// A phrase may step over one word ("spiele gern Bass"), but a word it steps over that is a term of its own
/// stays read: a list after a verb names every instrument. Sentences written for these tests.
/// </summary>
public sealed class GappedPhraseReadingTests
{
    [Theory]
    [InlineData("Ich spiele Gitarre, Bass und Schlagzeug.", Language.De, new[] { "guitar", "bass", "drums" })]
    [InlineData("Wir spielen Bass, Gitarre und Schlagzeug in einer Coverband.", Language.De, new[] { "guitar", "bass", "drums" })]
    [InlineData("We play guitar, bass and drums.", Language.En, new[] { "guitar", "bass", "drums" })]
    public void ReadOffers_InstrumentListAfterAVerb_ReadsEveryInstrument(string offers, Language language, string[] instruments)
    {
        var tags = Reader.ReadOffers(offers, language);

        foreach (var instrument in instruments)
        {
            var tag = tags.SingleOrDefault(t => t.CompetenceId == instrument);
            Assert.True(tag is { Confidence: >= 0.5 }, $"{instrument} missing or only mentioned in [{string.Join(", ", tags)}]");
        }
    }

    [Theory]
    [InlineData("Ich spiele gern Bass.", "bass")]
    [InlineData("Ich spiele seit Jahren Schlagzeug.", "drums")]
    public void ReadOffers_PhraseSteppingOverAPlainWord_StillMeetsTheTerm(string offers, string instrument)
    {
        Assert.Contains(instrument, Ids(Reader.ReadOffers(offers, Language.De)));
    }
}
