namespace CultureHub.Web.Tests;

/// <summary>
/// A fact that drives Debian's Chromium. On a machine with only the .NET SDK it reports itself skipped,
/// with the reason and the install command, so the README's test command passes there; with the
/// <c>CI</c> variable set it always runs, because a browser quietly missing in CI must fail, not hide.
/// The skip is decided when the test is discovered: xunit 2 reads <see cref="FactAttribute.Skip"/>
/// from the attribute instance, so setting it here is reported as "skipped" by every runner.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string Executable = "/usr/bin/chromium";

    public ChromiumFactAttribute() =>
        Skip = SkipReason(File.Exists(Executable), Environment.GetEnvironmentVariable("CI"));

    /// <summary>Null when the test must run: Chromium is there, or CI demands it.</summary>
    public static string? SkipReason(bool isInstalled, string? ci) =>
        isInstalled || !string.IsNullOrEmpty(ci)
            ? null
            : $"{Executable} is missing: install Debian's chromium (sudo apt-get install -y chromium) to run the browser test; with CI set it runs and fails instead.";
}
