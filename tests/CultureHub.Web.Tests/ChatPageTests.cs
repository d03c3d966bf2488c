using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using Microsoft.Playwright;

namespace CultureHub.Web.Tests;

/// <summary>The web chat page in Debian's Chromium: the card shows the understood labels with their buttons, grouped, and removing one works.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ChatPageTests(DashboardFixture fixture)
{
    [ChromiumFact]
    public async Task ChatPage_Card_ShowsLabelsWithRemoveButtonsAndRemovingOneWorks()
    {
        var texts = fixture.Host.Get<TextCatalog>();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.Host.Http.BaseAddress!.ToString(), Locale = "de-DE" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await SendAsync(page, "/start");
        await ClickAsync(page, texts.Get(Language.De, "consent.yes"));
        await SendAsync(page, "Jana");
        await SendAsync(page, "Ich bin Tontechnikerin und mache mobile Aufnahmen");
        Assert.Contains(texts.Format(Language.De, "labels.offers", "Live-Sound"), await LastBotTextAsync(page), StringComparison.Ordinal);
        await SendAsync(page, "eine Band und jemanden für Grafikdesign");
        await SendAsync(page, "Vechta");
        await ClickAsync(page, texts.Get(Language.De, "interview.sectors_done"));
        await ClickAsync(page, texts.Get(Language.De, "interview.skip"));

        var card = page.Locator(".msg.bot").Last;
        Assert.Contains(texts.Get(Language.De, "labels.understood"), await card.InnerTextAsync(), StringComparison.Ordinal);
        var remove = texts.Format(Language.De, "labels.remove_offer", "Live-Sound");
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = remove, Exact = true }).CountAsync());
        Assert.True(await card.Locator(".buttons .row-break").CountAsync() >= 2, "label buttons start their own lines");

        await ClickAsync(page, remove);

        var updated = page.Locator(".msg.bot").Last;
        Assert.Equal(0, await updated.GetByRole(AriaRole.Button, new() { Name = remove, Exact = true }).CountAsync());
        Assert.Equal(1, await updated.GetByRole(AriaRole.Button, new() { Name = texts.Get(Language.De, "interview.confirm"), Exact = true }).CountAsync());
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var before = await page.Locator(".msg.bot").CountAsync();
        await page.FillAsync("#message", text);
        await page.ClickAsync("#composer button[type=submit]");
        await WaitForAnswerAsync(page, before);
    }

    private static async Task ClickAsync(IPage page, string label)
    {
        var before = await page.Locator(".msg.bot").CountAsync();
        await page.Locator(".msg.bot").Last.GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).ClickAsync();
        await WaitForAnswerAsync(page, before);
    }

    private static async Task WaitForAnswerAsync(IPage page, int before)
    {
        await page.WaitForFunctionAsync("n => document.querySelectorAll('.msg.bot').length > n", before);
        await page.WaitForFunctionAsync("() => document.getElementById('status').textContent === ''");
    }

    private static Task<string> LastBotTextAsync(IPage page) => page.Locator(".msg.bot").Last.InnerTextAsync();
}
