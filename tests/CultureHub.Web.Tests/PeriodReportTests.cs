using System.Globalization;
using CultureHub.Core;
using CultureHub.Core.Insights;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;

namespace CultureHub.Web.Tests;

/// <summary>The period report on a host of its own: 12 members joined this quarter in Oldenburg, 7 in the quarter before.</summary>
public sealed class PeriodReportTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private RunningHost _host = null!;
    private InsightsPeriod _current = null!;

    public async Task InitializeAsync()
    {
        _host = await RunningHost.StartAsync(_folder.File("report.db"), DashboardFixture.Settings());
        var now = _host.Get<TimeProvider>().GetUtcNow();
        var region = _host.Get<RegionTime>();
        _current = InsightsPeriod.Evaluation(region.DayOf(now), 3);
        var start = region.StartOf(_current.FirstMonth!.Value);
        var oldenburg = _host.Get<IGazetteer>().FindExact("Oldenburg")!;
        var store = _host.Get<IMemberStore>();
        for (var i = 0; i < 19; i++)
        {
            var joined = i < 12 ? start.AddDays(1).AddHours(i) : start.AddDays(-20).AddHours(i);
            await store.UpsertAsync(new Member
            {
                Id = $"r{i:00}",
                DisplayName = $"Member {i}",
                Town = new MemberTown("Oldenburg", oldenburg),
                Consent = new ConsentRecord("test", joined),
                CreatedAt = joined,
                UpdatedAt = joined,
            }, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Report_CurrentQuarter_ShowsThePreviousQuarterBesideIt()
    {
        using var client = NewClient();
        await DashboardFixture.SignInAsync(client, "network", DashboardFixture.Password);
        var period = _current.FirstMonth!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var html = await client.GetStringAsync(new Uri($"/dashboard/report?period={period}&lang=en", UriKind.Relative));
        var csv = await client.GetStringAsync(new Uri($"/dashboard/report/export/members_by_region.csv?period={period}", UriKind.Relative));
        var hubCsv = await client.GetStringAsync(new Uri($"/dashboard/report/export/members_by_hub_region.csv?period={period}&hub=oldenburg", UriKind.Relative));

        Assert.Contains($"next to the previous period {_current.Previous()!.Name()}", html, StringComparison.Ordinal);
        Assert.Contains("<th>Members (previous period)</th>", html, StringComparison.Ordinal);
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal("key,members,members_previous", lines[0]);
        Assert.Contains("Weser-Ems,12,7", lines);
        Assert.Equal(["key,members,members_previous", "oldenburg,12,7"], hubCsv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Report_PreviousQuarter_IsItsOwnPeriodWithTheQuarterBeforeIt()
    {
        var comparison = await _host.Get<InsightsService>().CompareAsync(_current.Previous()!, CancellationToken.None);

        Assert.Equal(7, comparison.Current.Table("members_by_region")!.Cell("Weser-Ems", "members")!.Number);
        Assert.Equal(0, comparison.Previous!.Table("members_by_region")!.Cell("Weser-Ems", "members")!.Number);
        Assert.Equal(_current.Previous()!.Previous(), comparison.Previous.Period);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _folder.Dispose();
    }

    private HttpClient NewClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new System.Net.CookieContainer() }) { BaseAddress = _host.Http.BaseAddress };
}
