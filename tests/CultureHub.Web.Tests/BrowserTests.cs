using Microsoft.Playwright;

namespace CultureHub.Web.Tests;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download): sign in, see the plots, download a CSV.
/// Without /usr/bin/chromium the test is skipped and says how to install it; under CI it runs (and
/// fails when the browser is missing), and .ci/run installs it.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class BrowserTests(DashboardFixture fixture)
{
    private const string Chromium = ChromiumFactAttribute.Executable;

    [ChromiumFact]
    public async Task Browser_SignsIn_SeesBarsAndDownloadsCsv()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser test.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
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
        Assert.True(await page.Locator("#chart-map circle.region").CountAsync() >= 4);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#members_by_region a[href$='members_by_region.csv']"));
        var path = await download.PathAsync();
        var lines = (await File.ReadAllLinesAsync(path)).Select(l => l.TrimStart('\uFEFF')).ToList();
        Assert.Equal("key,members", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("Hannover,", StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
