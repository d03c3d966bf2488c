using System.Text.RegularExpressions;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Playwright;

namespace CultureHub.Web.Tests;

/// <summary>
/// The chat page in Debian's Chromium: the identity cookie is out of the page's reach, a /device
/// link moves the member to a second browser, and the outbox waits out a 429 instead of losing
/// a message.
/// </summary>
public sealed partial class ChatPageBrowserTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [ChromiumFact]
    public async Task ChatPage_DeviceLink_SecondBrowserContinuesAsTheMember()
    {
        await using var host = await RunningHost.StartAsync(_folder.File("page.db"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var phone = await OpenAsync(browser, host, "/");
        await WaitForBotAsync(phone, "Datenschutz");
        var api = phone.Context.APIRequest;
        foreach (var step in new object[] { new { button = "consent:yes:de" }, new { text = "Rieke" }, new { text = "Ich baue Synthesizer-Module" }, new { text = "Suche eine Band" }, new { text = "Hildesheim" }, new { button = "iv:sectors:done" }, new { button = "iv:skip" }, new { button = "iv:confirm" } })
        {
            await api.PostAsync("/api/chat", new APIRequestContextOptions { DataObject = step });
        }

        await phone.FillAsync("#message", "/device");
        await phone.PressAsync("#message", "Enter");
        var token = DeviceToken().Match(await WaitForBotAsync(phone, "#device=")).Groups["token"].Value;
        var laptop = await OpenAsync(browser, host, "/#device=" + token);

        Assert.Contains("Willkommen auf diesem Gerät", await WaitForBotAsync(laptop, "Willkommen auf diesem Gerät"), StringComparison.Ordinal);
        Assert.Contains("Rieke", await WaitForBotAsync(laptop, "Rieke"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, await laptop.EvaluateAsync<string>("location.hash"));
        Assert.DoesNotContain("culturehub.visitor", await phone.EvaluateAsync<string>("document.cookie"), StringComparison.Ordinal);
        Assert.Contains(await phone.Context.CookiesAsync(), c => c is { Name: "culturehub.visitor", HttpOnly: true, SameSite: SameSiteAttribute.Strict });
    }

    [ChromiumFact]
    public async Task ChatPage_TooManyRequests_WaitsAndSendsEveryMessage()
    {
        const int Messages = 12;
        await using var host = await RunningHost.StartAsync(_folder.File("busy.db"), new Dictionary<string, string?> { ["WebChat:VisitorRequestsPerMinute"] = "10" });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var page = await OpenAsync(browser, host, "/");
        await WaitForBotAsync(page, "Datenschutz");
        var before = await page.Locator("li.msg.bot").CountAsync();

        for (var i = 0; i < Messages; i++)
        {
            await page.FillAsync("#message", "/privacy");
            await page.PressAsync("#message", "Enter");
        }

        await page.WaitForSelectorAsync("#status:has-text('Einen Moment')", new PageWaitForSelectorOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync(
            $"() => document.querySelectorAll('li.msg.bot').length >= {before + Messages} && !document.getElementById('status').textContent",
            null,
            new PageWaitForFunctionOptions { Timeout = 120_000 });
        Assert.Equal(Messages, await page.Locator("li.msg.bot", new PageLocatorOptions { HasText = "Datenschutz bei CultureHub" }).CountAsync());
        Assert.Equal(0, await page.Locator("li.msg.error").CountAsync());
    }

    /// <summary>A fresh browser profile (its own cookies), as on another device.</summary>
    private static async Task<IPage> OpenAsync(IBrowser browser, RunningHost host, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.Http.BaseAddress!.ToString(), Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    private static async Task<string> WaitForBotAsync(IPage page, string text)
    {
        var message = page.Locator("li.msg.bot", new PageLocatorOptions { HasText = text }).Last;
        await message.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        return await message.InnerTextAsync();
    }

    [GeneratedRegex(@"#device=(?<token>[A-Za-z0-9_-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeviceToken();

    public void Dispose() => _folder.Dispose();
}
