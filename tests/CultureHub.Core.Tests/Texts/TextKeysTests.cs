using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;

namespace CultureHub.Core.Tests.Texts;

/// <summary>The generated constants against the catalog the program actually loads.</summary>
public sealed class TextKeysTests
{
    private static readonly TextCatalog Texts = TextCatalog.LoadEmbedded();

    [Fact]
    public void All_IsExactlyTheEmbeddedGermanKeys()
    {
        // The generator reads the AdditionalFiles, the catalog the embedded resources: both must be the same files.
        Assert.Equal(Texts.Keys(Language.De).Order(StringComparer.Ordinal), TextKeys.All.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_EveryKeyResolvesInBothLanguages()
    {
        var english = Texts.Keys(Language.En).ToHashSet(StringComparer.Ordinal);
        var missing = TextKeys.All.Where(key => !english.Contains(key) || Texts.Get(Language.De, key) == key).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Constants_NameTheirKeys()
    {
        Assert.Equal("ws.reminder.day", TextKeys.WsReminderDay);
        Assert.Equal("dashboard.row.distance.100+", TextKeys.DashboardRowDistance100Plus);
        Assert.NotEqual(TextKeys.DashboardRowHubLink, Texts.Get(Language.En, TextKeys.DashboardRowHubLink));
    }

    [Fact]
    public void Find_KnownAndUnknownIds()
    {
        Assert.Equal(TextKeys.DashboardTableNeeds, TextKeys.Find("dashboard.table.", "needs"));
        Assert.Null(TextKeys.Find("dashboard.table.", "no_such_table"));
    }

    [Fact]
    public void SectorTextKeys_EverySectorHasLabelAndWords()
    {
        foreach (var sector in Enum.GetValues<Sector>())
        {
            Assert.Equal($"sector.{sector.Id()}", SectorTextKeys.Label(sector));
            Assert.Equal($"sector.{sector.Id()}.words", SectorTextKeys.Words(sector));
        }
    }

    [Fact]
    public void WorkshopTextKeys_EveryOutcomeAndStepIsAKey()
    {
        var keys = Enum.GetValues<CheckInResult>().Select(WorkshopTextKeys.CheckIn)
            .Concat(Enum.GetValues<DraftStep>().Select(WorkshopTextKeys.InvalidAnswer))
            .Concat(Enum.GetValues<WorkshopState>().Select(WorkshopTextKeys.State).OfType<string>())
            .ToList();

        Assert.All(keys, key => Assert.True(TextKeys.All.Contains(key), key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }
}
