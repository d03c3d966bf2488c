using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using static CultureHub.Core.Tests.Matching.MatchingWorld;

namespace CultureHub.Core.Tests.Matching;

/// <summary>
/// Internships and apprenticeships, on members written for these tests (none comes from a graded set): the
/// place to learn and the person who wants to learn are two entries, and seeking one offers the other, so a
/// workshop after an apprentice and a school leaver after an apprenticeship find each other.
/// </summary>
public sealed class TrainingPlaceTests
{
    [Theory]
    [InlineData("Ich suche einen Praktikumsplatz in einer Tischlerei.", Language.De)]
    [InlineData("Nach dem Abi hätte ich gern eine Lehrstelle als Mediengestalterin.", Language.De)]
    [InlineData("Looking for an internship in a print shop this summer.", Language.En)]
    [InlineData("I'd love an apprenticeship with a luthier.", Language.En)]
    public void ReadSeeks_PlaceToLearn_IsTrainingPlace(string seeks, Language language)
    {
        var tags = Reader.ReadSeeks(seeks, language);

        Assert.Contains("training_place", Ids(tags));
        Assert.DoesNotContain("trainee", Ids(tags));
    }

    [Theory]
    [InlineData("Wir suchen eine Praktikantin oder einen Praktikanten für den Sommer.", Language.De)]
    [InlineData("Unser Betrieb sucht ab Herbst Azubis.", Language.De)]
    [InlineData("We'd like to take on an apprentice next year.", Language.En)]
    public void ReadSeeks_PersonToTrain_IsTrainee(string seeks, Language language)
    {
        var tags = Reader.ReadSeeks(seeks, language);

        Assert.Contains("trainee", Ids(tags));
        Assert.DoesNotContain("training_place", Ids(tags));
    }

    [Fact]
    public void TopFor_SchoolLeaverAfterApprenticeship_FindsTheWorkshopAfterAnApprenticeBothWays()
    {
        var matcher = Matcher(
            Member("leaver", "Ich bin gerade mit der Schule fertig und bastle gern.", "Ich suche eine Lehrstelle, am liebsten in Hannover."),
            Member("workshop", "Wir sind eine kleine Geigenbauwerkstatt in Linden.", "Wir suchen einen Azubi für nächstes Jahr.", Langenhagen),
            Member("teacher", "Ich unterrichte Geige und gebe Workshops.", "Ich suche Räume für meinen Unterricht."));

        var forLeaver = matcher.TopFor("leaver", 3);
        var forWorkshop = matcher.TopFor("workshop", 3);

        Assert.Equal("workshop", forLeaver[0].CandidateId);
        Assert.True(forLeaver[0].IsMutual, forLeaver[0].Why);
        Assert.StartsWith("Du suchst einen Praktikums- oder Ausbildungsplatz;", forLeaver[0].Why, StringComparison.Ordinal);
        Assert.Equal("leaver", forWorkshop[0].CandidateId);
        Assert.Contains("sucht einen Praktikums- oder Ausbildungsplatz", forWorkshop[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void TopFor_TwoMembersAfterInternships_DoNotAnswerEachOther()
    {
        // Both offer themselves as trainees and both seek a place: neither has the place the other needs.
        var matcher = Matcher(
            Member("a", "Ich studiere Design.", "Ich suche ein Praktikum."),
            Member("b", "Ich studiere Medientechnik.", "Ich suche ein Praktikum im Tonstudio."));

        Assert.Empty(matcher.TopFor("a", 3));
    }

    [Fact]
    public void Parse_SeekerOffersUnknownEntry_ThrowsNamingIt()
    {
        const string Json = """{"competences":[{"id":"x","sector":"music","label":{"de":"X","en":"X"},"seeker_offers":["nope"]}]}""";

        var ex = Assert.Throws<TaxonomyException>(() => CompetenceTaxonomy.Parse([("bad.json", Json)]));

        Assert.Contains("nope", ex.Message, StringComparison.Ordinal);
    }
}
