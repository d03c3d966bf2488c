using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Cue words are looked up in the language the member writes: the German "am" ("am Klavier") and "an"
/// ("an der Musikschule") mark where someone plays or works, but the English "I am a photographer" is the
/// member's own role and "an" there is an article. Sentences written for these tests, none from a graded set.
/// </summary>
public sealed class CueLanguageReadingTests
{
    [Theory]
    [InlineData("I am a photographer.", "photography")]
    [InlineData("Hi, I am a sound engineer based in Celle, and I mix bands.", "live_sound")]
    [InlineData("Musician here. I am in a band and I am a guitar teacher.", "music_teaching")]
    [InlineData("Mostly I am an illustrator, sometimes I paint murals.", "illustration")]
    public void ReadOffers_EnglishAmOrAn_DoesNotMakeTheRoleAMention(string offers, string role)
    {
        var tag = Reader.ReadOffers(offers, Language.En).SingleOrDefault(t => t.CompetenceId == role);

        Assert.NotNull(tag);
        Assert.True(tag.Confidence >= 0.9, $"{role} read at {tag.Confidence}");
    }

    [Theory]
    [InlineData("Ich sitze am Schlagzeug einer Punkband.", "band")]
    [InlineData("Ich spiele Bass in einer Band.", "band")]
    public void ReadOffers_GermanMembership_StillNamesTheGroupAMemberPlaysIn(string offers, string group)
    {
        var tags = Reader.ReadOffers(offers, Language.De);

        Assert.Contains(group, Ids(tags));
    }
}
