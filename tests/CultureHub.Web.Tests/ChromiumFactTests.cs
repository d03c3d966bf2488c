namespace CultureHub.Web.Tests;

public sealed class ChromiumFactTests
{
    [Fact]
    public void SkipReason_ChromiumMissingOutsideCi_NamesTheInstallCommand()
    {
        var reason = ChromiumFactAttribute.SkipReason(isInstalled: false, ci: null);

        Assert.NotNull(reason);
        Assert.Contains("apt-get install -y chromium", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "true")]
    [InlineData(true, null)]
    [InlineData(true, "1")]
    public void SkipReason_InstalledOrUnderCi_Runs(bool isInstalled, string? ci) =>
        Assert.Null(ChromiumFactAttribute.SkipReason(isInstalled, ci));
}
