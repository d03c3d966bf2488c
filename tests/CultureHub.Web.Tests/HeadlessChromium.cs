using Microsoft.Playwright;

namespace CultureHub.Web.Tests;

/// <summary>Debian's Chromium through Playwright (no browser download), started the same way by every browser test.</summary>
public static class HeadlessChromium
{
    /// <summary>Under CI a missing browser fails here with the install command instead of hiding.</summary>
    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        const string executable = ChromiumFactAttribute.Executable;
        Assert.True(File.Exists(executable), $"{executable} is missing: install Debian's chromium (apt-get install -y chromium) to run the browser test.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
