using Microsoft.Playwright;

namespace CultureHub.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download): sign in, see the plots, the map, the
/// needs and what-worked sections, download CSVs, open a hub's period report and the hub's staff page.
/// Without /usr/bin/chromium the test is skipped and says how to install it; under CI it runs (and
/// fails when the browser is missing), and .ci/run installs it.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class BrowserTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task Browser_SignsIn_SeesBarsAndDownloadsCsv()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Host.Http.BaseAddress!.ToString(), AcceptDownloads = true });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/dashboard");
        await page.FillAsync("input[name=userName]", "network");
        await page.FillAsync("input[name=password]", DashboardFixture.Password);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/dashboard");

        var widths = await page.EvalOnSelectorAllAsync<double[]>("#chart-members_by_region rect.bar", "bars => bars.map(b => b.getBBox().width)");
        Assert.Contains(widths, w => w > 0);
        Assert.True(await page.Locator("#chart-members_by_month rect.bar").CountAsync() > 0);
        Assert.Equal(1, await page.Locator("#chart-map path.outline").CountAsync());
        Assert.True(await page.Locator("#chart-map circle.district").CountAsync() >= 10);
        Assert.Equal(4, await page.Locator("#chart-map rect.hub").CountAsync());
        Assert.Contains("Hannover", await page.Locator("#chart-map").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("#needs tbody tr").CountAsync() >= 10);
        Assert.True(await page.Locator("#chart-needs text").CountAsync() > 0);
        Assert.Contains("Spartenübergreifend", await page.Locator("#what_worked").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Niedersachsen gesamt", await page.Locator("#reach_by_district").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("hub:smalltown", await page.Locator("#members_by_source").InnerTextAsync(), StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#members_by_region a[href$='members_by_region.csv']"));
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Select(l => l.TrimStart('\uFEFF')).ToList();
        Assert.Equal("key,members", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Hannover,", StringComparison.Ordinal));

        var needs = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#needs a[href$='needs.csv']"));
        Assert.StartsWith("key,region,sought,met,unmet,offered", (await File.ReadAllTextAsync(await needs.PathAsync())).TrimStart('\uFEFF'), StringComparison.Ordinal);

        await page.ClickAsync("#hubs a[href^='/dashboard/report?hub=hannover']");
        await page.WaitForURLAsync("**/dashboard/report?**hub=hannover**");
        Assert.Contains("(Vorperiode)", await page.Locator("#needs thead").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("#members_by_hub_region tbody tr").CountAsync());

        await page.GotoAsync("/dashboard/hubs/hannover");
        Assert.True(await page.Locator("section.suggestions").CountAsync() == 1);
        await context.CloseAsync();
    }
}
