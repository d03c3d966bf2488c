using CultureHub.Core.Matching;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Core.Workshops;
using CultureHub.Web.Dashboard;
using Microsoft.Extensions.Options;

namespace CultureHub.Web.Tests;

/// <summary>Row keys from Core's figures in words, from the one catalog.</summary>
public sealed class DashboardTextsTests
{
    private static readonly TextCatalog Catalog = TextCatalog.LoadEmbedded();

    private static readonly DashboardTexts Texts =
        new(Catalog, new HubDirectory(Options.Create(new HubsOptions())), CompetenceTaxonomy.LoadDefault());

    [Theory]
    [InlineData("de", "Team aus 4 oder mehr")]
    [InlineData("en", "Team of 4 or more")]
    public void Row_TeamSizeFourPlus_IsItsOwnRowNotASectorPair(string language, string expected) =>
        Assert.Equal(expected, Texts.Row(language, "team_size:4+"));

    [Fact]
    public void Row_SectorPair_NamesBothSectors() =>
        Assert.Equal(
            Catalog.Get(Language.En, TextKeys.DashboardSectorFilm) + " + " + Catalog.Get(Language.En, TextKeys.DashboardSectorMusic),
            Texts.Row("en", "film+music"));

    [Fact]
    public void Named_ProjectsTable_ComesFromTheCatalog() =>
        Assert.Equal(Catalog.Get(Language.De, TextKeys.DashboardTableProjects), Texts.Named("de", DashboardTexts.TablePrefix, "projects"));
}
