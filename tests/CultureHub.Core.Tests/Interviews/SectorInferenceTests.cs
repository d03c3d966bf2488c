using CultureHub.Core.Interviews;
using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Tests.Matching;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Tests.Interviews;

/// <summary>Sectors follow the understood offers, read by the real reader, never words like "spielen".</summary>
public sealed class SectorInferenceTests
{
    private static readonly UnderstoodLabels Labels = new(new TaxonomyVocabulary(MatchingWorld.Taxonomy), TextCatalog.LoadEmbedded());
    private static readonly DraftReading Reading = new(new TaxonomyCompetenceExtractor(MatchingWorld.Reader), Labels);

    [Theory]
    [InlineData("Wir spielen Gitarre, Bass, Drums", Language.De, Sector.Music)]
    [InlineData("Wir sind eine Band und spielen auf Stadtfesten", Language.De, Sector.Music)]
    [InlineData("We play guitar, bass and drums", Language.En, Sector.Music)]
    [InlineData("Ich entwickle Spiele in Unity", Language.De, Sector.Games)]
    [InlineData("Ich bin Fotografin", Language.De, Sector.Art)]
    public void Refresh_OfferAnswer_SectorsComeFromTheUnderstoodLabels(string offers, Language language, Sector expected)
    {
        var draft = Reading.Refresh(new MemberDraft(), new MemberDraft { Offers = offers }, language);

        Assert.Contains(expected, draft.Sectors);
        Assert.True(expected == Sector.Games || !draft.Sectors.Contains(Sector.Games), "playing is not games");
    }

    [Fact]
    public void Refresh_BandThatPlaysGuitar_IsNeverAGamesStudio()
    {
        var draft = Reading.Refresh(new MemberDraft(), new MemberDraft { Offers = "Wir spielen Gitarre, Bass, Drums und spielen gern live" }, Language.De);

        Assert.DoesNotContain(Sector.Games, draft.Sectors);
        Assert.Contains(Sector.Music, draft.Sectors);
    }

    [Theory]
    [InlineData("Ich bin Tänzerin und gebe Tanzkurse für Kinder", Language.De, Sector.PerformingArts)]
    [InlineData("I'm a potter and I run pottery workshops", Language.En, Sector.Crafts)]
    public void Refresh_TeachingBesideAnotherCraft_TakesTheCraftsSectorOnly(string offers, Language language, Sector expected)
    {
        var draft = Reading.Refresh(new MemberDraft(), new MemberDraft { Offers = offers }, language);

        Assert.Contains("music_teaching", draft.OfferTags!.Select(t => t.CompetenceId));
        Assert.Equal([expected], draft.Sectors);
    }

    [Fact]
    public void Refresh_TeachingMusic_IsStillMusic()
    {
        var draft = Reading.Refresh(new MemberDraft(), new MemberDraft { Offers = "Ich gebe Gitarrenunterricht" }, Language.De);

        Assert.Equal([Sector.Music], draft.Sectors);
    }

    [Fact]
    public void Refresh_MemberChoseSectors_TheirChoiceStands()
    {
        var chosen = new MemberDraft { Sectors = [Sector.Film], HasChosenSectors = true };

        var draft = Reading.Refresh(chosen, chosen with { Offers = "Ich spiele Gitarre" }, Language.De);

        Assert.Equal([Sector.Film], draft.Sectors);
    }

    [Fact]
    public void Correct_RemovingTheOnlyMusicLabel_LeavesTheOtherSectors()
    {
        var read = Reading.Refresh(new MemberDraft(), new MemberDraft { Offers = "Ich bin Fotografin und spiele Gitarre" }, Language.De);
        Assert.Equal([Sector.Music, Sector.Art], read.Sectors);

        var corrected = Reading.Correct(read, LabelSide.Offer, "guitar", isAdded: false);

        Assert.Equal([Sector.Art], corrected.Sectors);
    }
}
