using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// <c>/match</c> keeps one index over the community and updates it as profiles change; these tests
/// hold it to the answers of an index built from scratch over the same members.
/// </summary>
public sealed class LiveMatchIndexTests
{
    private static readonly (string Offers, string Seeks)[] Profiles =
    [
        ("Ich spiele Schlagzeug in einer Rockband.", "Suche einen Proberaum und Auftritte in der Gegend."),
        ("Wir vermieten einen Proberaum mit Backline.", "Bands, die einen Raum zum Proben brauchen."),
        ("Tontechnikerin, mische Konzerte live.", "Mehr Aufträge von Bands und Veranstaltern."),
        ("Fotograf für Porträts und Konzerte.", ""),
        ("I edit films and music videos, fully remote.", "Filmmakers who need an editor."),
        ("Ich drehe Dokumentarfilme über Dörfer.", "Jemanden für den Schnitt, gern remote."),
        ("Grafikdesignerin: Plakate, Logos, Plattencover.", "Musikerinnen, die ein Cover brauchen."),
        ("Punkband aus der Stadt, drei Leute.", "Ein Plattencover und Konzerte in kleinen Clubs."),
        ("Wir betreiben einen kleinen Club mit Bühne.", "Bands für unsere Konzertreihe."),
        ("Bassist, spiele Jazz und Funk.", "Eine Band oder Leute für Sessions."),
        ("Kostümbildnerin mit eigener Werkstatt.", "Theater und Tanzgruppen, die Kostüme brauchen."),
        ("Freie Theatergruppe, wir spielen Komödien.", "Kostüme und jemanden für das Bühnenbild."),
    ];

    [Fact]
    public async Task ForMemberAsync_AfterEditsPausesDeletesAndJoins_AnswersLikeAFullRebuild()
    {
        var live = Source();
        var members = Community(240);
        var seekers = members.Where(m => m.Seeks.Length > 0).Take(12).ToList();
        foreach (var seeker in seekers)
        {
            await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        }

        members[3] = members[3] with { Offers = "Ich schneide Videos und Imagefilme, arbeite remote." };
        members[8] = members[8] with { IsMatchingPaused = true };
        members[20] = members[20] with { Town = Town("Emden", 53.37, 7.21) };
        members.RemoveAt(17);
        members.Add(Member("m-new", "Lichttechnikerin und Bühnenbauerin.", "Theater, die Licht brauchen.", 52.4, 9.7));

        foreach (var seeker in seekers.Append(members[^1]))
        {
            var kept = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
            var rebuilt = await Source().ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);

            Assert.Equal(Describe(rebuilt), Describe(kept));
        }
    }

    [Fact]
    public async Task ForMemberAsync_DeletedMember_IsNeverProposedAgain()
    {
        var live = Source();
        var members = Community(240);
        var seeker = members.First(m => m.Seeks.StartsWith("Bands, die", StringComparison.Ordinal));
        var first = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        Assert.NotEmpty(first);

        members.RemoveAll(m => m.Id == first[0].CandidateId);
        var after = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);

        Assert.DoesNotContain(after, c => c.CandidateId == first[0].CandidateId);
    }

    [Fact]
    public async Task ForMemberAsync_CandidateRemovedTheirLabels_IsReadAgainLikeAFullRebuild()
    {
        var live = Source();
        var members = Community(240);
        var seeker = members.First(m => m.Seeks.StartsWith("Bands, die", StringComparison.Ordinal));
        var first = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        var at = members.FindIndex(m => m.Id == first[0].CandidateId);

        // Only the corrections change (no stored tags): the words read the same, every label of both sides is gone.
        var read = MatchProfile.From(members[at], Reader);
        var corrections = read.Offers.Aggregate(LabelCorrections.None, (c, t) => c.WithRemoved(LabelSide.Offer, t.CompetenceId));
        corrections = read.Seeks.Aggregate(corrections, (c, t) => c.WithRemoved(LabelSide.Seek, t.CompetenceId));
        members[at] = members[at] with { Corrections = corrections };
        var kept = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        var rebuilt = await Source().ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);

        Assert.DoesNotContain(kept, c => c.CandidateId == members[at].Id);
        Assert.Equal(Describe(rebuilt), Describe(kept));
        Assert.True(LiveMatchIndex.IsSameForMatching(members[at], members[at] with { Corrections = corrections with { RemovedOffers = [.. corrections.RemovedOffers] } }));
        Assert.False(LiveMatchIndex.IsSameForMatching(members[at], members[at] with { Corrections = corrections.WithAdded(LabelSide.Offer, "mastering") }));
    }

    [Fact]
    public async Task WarmUpAsync_LargeCommunity_ReadsEveryoneOnceAndTheFirstMatchAnswersLikeAFullRebuild()
    {
        var community = new CommunityIndex(Taxonomy, Reader);
        var live = Source(community);
        var members = Community(240);

        Assert.Equal(240, await live.WarmUpAsync(members, CancellationToken.None));
        Assert.Equal(240, community.KeptMembers);
        Assert.Equal(0, await live.WarmUpAsync(members, CancellationToken.None));

        var seeker = members.First(m => m.Seeks.Length > 0);
        var kept = await live.ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        var rebuilt = await Source().ForMemberAsync(seeker, members, NoOne, 5, CancellationToken.None);
        Assert.Equal(Describe(rebuilt), Describe(kept));
    }

    [Fact]
    public async Task WarmUpAsync_SmallCommunity_ReadsNothingAhead()
    {
        var community = new CommunityIndex(Taxonomy, Reader);
        var live = Source(community);

        Assert.Equal(0, await live.WarmUpAsync(Community(CommunityIndex.SmallPool - 1), CancellationToken.None));
        Assert.Equal(0, community.KeptMembers);
    }

    [Fact]
    public void Ask_ProviderSearchAfterEdits_AnswersLikeAFreshIndex()
    {
        var community = new CommunityIndex(Taxonomy, Reader);
        var members = Community(240);
        community.Ask(members, (index, _) => new ProviderSearch(index).Best("live_sound", Hannover, Locality.AsUsual, _ => false, 3));

        members[2] = members[2] with { Offers = "Ich mache keinen Ton mehr, nur noch Fotos." };
        members[14] = members[14] with { IsMatchingPaused = true };
        members.Add(Member("m-new", "Tontechniker, mische live auf Festen.", "", 52.37, 9.73));
        var kept = community.Ask(members, (index, _) => new ProviderSearch(index).Best("live_sound", Hannover, Locality.AsUsual, _ => false, 5));
        var fresh = ProviderSearch.Over(members, Taxonomy, Reader).Best("live_sound", Hannover, Locality.AsUsual, _ => false, 5);

        Assert.Equal(fresh, kept);
        Assert.Equal("m-new", kept[0].MemberId);
        Assert.DoesNotContain(kept, p => p.MemberId is "m-002" or "m-014");
    }

    [Fact]
    public void Upsert_ReplacedProfile_LeavesNoTraceOfTheOldOne()
    {
        var drummer = MatchingWorld.Member("drummer", "Ich spiele Schlagzeug.", "", Hannover);
        var band = MatchingWorld.Member("band", "Wir sind eine Band.", "Wir suchen einen Schlagzeuger.", Langenhagen);
        var index = new MatchIndex([drummer, band], Taxonomy);

        index.Upsert(MatchingWorld.Member("drummer", "Ich mache Steuerberatung.", "", Hannover));
        var matcher = new ComplementaryMatcher(index, ExplanationTemplates.LoadDefault());

        Assert.Equal(2, index.Count);
        Assert.Empty(matcher.TopFor("band", 5));
        Assert.False(index.Remove("nobody"));
    }

    private static bool NoOne(string a, string b) => false;

    private static OfflineMatchSource Source(CommunityIndex? community = null) =>
        new(community ?? new CommunityIndex(Taxonomy, Reader), ExplanationTemplates.LoadDefault(), TextCatalog.LoadEmbedded());

    private static List<string> Describe(IReadOnlyList<MatchCandidate> candidates) =>
        candidates.Select(c => $"{c.CandidateId} {c.Score:F6} {c.WhyForMember} | {c.WhyForCandidate}").ToList();

    private static List<Member> Community(int count) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var (offers, seeks) = Profiles[i % Profiles.Length];
            return Member($"m-{i:D3}", offers, seeks, 52.0 + (i % 17 * 0.1), 8.0 + (i % 13 * 0.2));
        }).ToList();

    private static Member Member(string id, string offers, string seeks, double lat, double lon) => new()
    {
        Id = id,
        DisplayName = "Person " + id,
        Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
        Offers = offers,
        Seeks = seeks,
        Town = Town(id, lat, lon),
    };

    private static MemberTown Town(string name, double lat, double lon) => new(name, new Place(name, new GeoPoint(lat, lon), null, null, true));
}
