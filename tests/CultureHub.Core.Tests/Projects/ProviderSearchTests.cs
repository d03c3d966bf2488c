using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Tests.Matching;

namespace CultureHub.Core.Tests.Projects;

public sealed class ProviderSearchTests
{
    private static ProviderSearch Search(params MatchProfile[] profiles) => new(new MatchIndex(profiles, MatchingWorld.Taxonomy));

    [Fact]
    public void ReadSeeks_MusicVideoDescription_FindsCameraAndEditing()
    {
        var tags = MatchingWorld.Ids(MatchingWorld.Reader.ReadSeeks("Wir drehen ein Musikvideo und brauchen jemand an der Kamera und jemand für den Schnitt", Language.De));

        Assert.Contains("camera", tags);
        Assert.Contains(tags, id => id is "video" or "film_editing");
    }

    [Fact]
    public void Best_InPersonRole_NearProviderFirst_RemoteRoleHardlyCaresAboutDistance()
    {
        var search = Search(
            MatchingWorld.Member("far", "Ich bin Kamerafrau", string.Empty, MatchingWorld.Emden),
            MatchingWorld.Member("near", "Ich bin Kamerafrau", string.Empty, MatchingWorld.Langenhagen));

        var inPerson = search.Best("camera", MatchingWorld.Hannover, Locality.AsUsual, _ => false, 5);
        var remote = search.Best("camera", MatchingWorld.Hannover, Locality.Remote, _ => false, 5);

        Assert.Equal(["near", "far"], inPerson.Select(p => p.MemberId));
        Assert.True(inPerson[0].Score > 2 * inPerson[1].Score, $"{inPerson[0].Score} vs {inPerson[1].Score}");
        Assert.True(remote[1].Score > 0.85 * remote[0].Score, $"{remote[0].Score} vs {remote[1].Score}");
        Assert.Equal("camera", inPerson[0].OfferId);
        Assert.True(inPerson[0].DistanceKm < 15);
    }

    [Fact]
    public void Best_ExcludedPausedAndNonProviders_NeverReturned()
    {
        var paused = MatchingWorld.Member("paused", "Ich bin Kameramann", string.Empty) with { IsPaused = true };
        var search = Search(
            paused,
            MatchingWorld.Member("excluded", "Ich bin Kameramann", string.Empty),
            MatchingWorld.Member("singer", "Ich singe Jazz", string.Empty),
            MatchingWorld.Member("ok", "Ich bin Kameramann", string.Empty));

        var found = search.Best("camera", MatchingWorld.Hannover, Locality.AsUsual, id => id == "excluded", 5);

        Assert.Equal(["ok"], found.Select(p => p.MemberId));
        Assert.Empty(search.Best("no_such_competence", MatchingWorld.Hannover, Locality.AsUsual, _ => false, 5));
        Assert.Empty(search.Best("camera", MatchingWorld.Hannover, Locality.AsUsual, _ => false, 0));
    }
}
