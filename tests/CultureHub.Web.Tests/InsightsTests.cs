using System.Text.Json;
using CultureHub.Core.Insights;
using CultureHub.Core.Members;

namespace CultureHub.Web.Tests;

[Collection(DashboardCollection.Name)]
public sealed class InsightsTests(DashboardFixture fixture)
{
    private Task<InsightsReport> ReportAsync() => fixture.Host.Get<InsightsService>().BuildAsync(InsightsPeriod.All, CancellationToken.None);

    [Fact]
    public async Task ByRegion_DevelopmentMembers_PublishedCellsMatchAnIndependentCount()
    {
        var members = await fixture.Host.Get<IMemberStore>().ListAsync(CancellationToken.None);
        var table = (await ReportAsync()).Table("members_by_region")!;

        Assert.Equal(100, fixture.ImportedCount);
        var expectedHannover = members.Count(m => m.Town?.Place is { IsInNiedersachsen: true, Region: "Hannover" });
        Assert.True(expectedHannover >= 5, "the development set should have Hannover members");
        Assert.Equal(expectedHannover, table.Cell("Hannover", "members")!.Number);
        Assert.All(table.Rows, row => Assert.False(row.Cells[0].Number is > 0 and < 5));
    }

    [Fact]
    public async Task UrbanRural_RuralReach_IsShareOfLocatedMembersOutsideBigCities()
    {
        var members = await fixture.Host.Get<IMemberStore>().ListAsync(CancellationToken.None);
        var table = (await ReportAsync()).Table("urban_rural")!;

        var rural = members.Count(m => m.Town?.Place is { IsUrban: false });
        var located = members.Count(m => m.Town?.Place is not null);
        Assert.Equal(rural, table.Cell("rural", "members")!.Number);
        Assert.Equal(Math.Round(100.0 * rural / located, 1), table.Cell("rural", "percent_of_located")!.Number);
    }

    [Fact]
    public async Task BySource_ThreeMembersFromOneHubLink_ShowsLessThanFiveAndNoNumber()
    {
        var cell = (await ReportAsync()).Table("members_by_source")!.Cell("hub:smalltown", "members")!;

        Assert.True(cell.IsSuppressed);
        Assert.Null(cell.Number);
        Assert.Equal("< 5", cell.Display);
    }

    [Fact]
    public async Task Funnel_SyntheticIntroductions_CountsEachStage()
    {
        var report = await ReportAsync();
        var funnel = report.Table("introduction_funnel")!;
        var pairs = report.Table("introductions_by_sector_pair")!;

        Assert.Equal([29.0, 12.0, 8.0, 5.0], funnel.Rows.Select(r => r.Cells[0].Number!.Value));
        Assert.Equal(41.4, funnel.Cell("accepted", "percent_of_proposed")!.Number);
        Assert.Equal(20, pairs.Cell("film+music", "proposed")!.Number);
        Assert.True(pairs.Cell("crafts+games", "proposed")!.IsSuppressed);
        Assert.True(pairs.Cell("art+design", "proposed")!.IsSuppressed, "the complementary cell hides the small one from the total");
        Assert.Equal(100.0, report.Table("introductions_cross_sector")!.Cell("cross_sector", "percent_of_proposed")!.Number);
    }

    [Fact]
    public async Task WorkshopsByHub_FinishedWorkshop_SignUpsWaitlistAttendanceAndNoShows()
    {
        var hannover = (await ReportAsync()).Table("workshops_by_hub")!.Rows.Single(r => r.Key == "hannover");

        Assert.Equal(["1", "10", "< 5", "8", "< 5", "< 5", ""], hannover.Cells.Select(c => c.Display));
    }

    [Fact]
    public async Task Period_BeforeAnything_IsEmpty()
    {
        var report = await fixture.Host.Get<InsightsService>().BuildAsync(InsightsPeriod.Parse("2000-01-01", "2000-12-31"), CancellationToken.None);

        Assert.Empty(report.Table("members_by_month")!.Rows);
        Assert.Equal(0, report.Table("introduction_funnel")!.Cell("proposed", "introductions")!.Number);
    }

    [Fact]
    public async Task Export_SmallCell_IsLessThanFiveInCsvAndJson()
    {
        using var client = fixture.NewClient();
        await DashboardFixture.SignInAsync(client, "network", DashboardFixture.Password);

        var csv = await client.GetStringAsync(new Uri("/dashboard/export/members_by_source.csv", UriKind.Relative));
        var json = await client.GetStringAsync(new Uri("/dashboard/export/members_by_source.json", UriKind.Relative));

        Assert.Contains("hub:smalltown,< 5", csv.Split('\n').Select(l => l.TrimEnd('\r')));
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "hub:smalltown");
        Assert.Equal("< 5", row.GetProperty("values").GetProperty("members").GetString());
    }

    [Fact]
    public void Partition_OneSmallCell_AlsoSuppressesTheNextSmallest()
    {
        var cells = SmallCellSuppression.Partition([3, 10, 20, 0]);

        Assert.Equal(["< 5", "< 5", "20", "0"], cells.Select(c => c.Display));
    }

    [Fact]
    public void Cumulative_SmallMonths_CarryForwardInStepsOfAtLeastFive()
    {
        var cells = SmallCellSuppression.Cumulative([3, 4, 0, 6]);

        Assert.Equal(["< 5", "7", "0", "6"], cells.Select(c => c.Joined.Display));
        Assert.Equal(["0", "7", "7", "13"], cells.Select(c => c.Total.Display));
    }
}
