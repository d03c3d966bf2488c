using System.Net;
using System.Text.RegularExpressions;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>/device: a member of the web chat continues on a second browser with a one-time link.</summary>
public sealed partial class DeviceLinkTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    private Task<RunningHost> StartAsync() => RunningHost.StartAsync(
        _folder.File("device.db"), null, services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));

    [Fact]
    public async Task DeviceLink_MovesMemberToSecondDevice_OnceAndOnlyOnce()
    {
        await using var host = await StartAsync();
        var phone = host.Visitor("phone");
        await phone.CompleteInterviewAsync("Rieke", "Ich baue Synthesizer-Module", "Ich suche eine Band für Live-Elektronik", "Hildesheim");

        var token = TokenIn((await phone.SayAsync("/device")).AllText);
        using var moved = await host.Visitor("laptop").RedeemDeviceLinkAsync(token);
        using var again = await host.Visitor("stranger").RedeemDeviceLinkAsync(token);

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Contains("Willkommen auf diesem Gerät", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Synthesizer-Module", (await host.Visitor("laptop").SayAsync("/profile")).AllText, StringComparison.Ordinal);
        Assert.Equal(host.IdentityOf(phone), host.IdentityOf(host.Visitor("laptop")));
        Assert.Contains("Synthesizer-Module", (await phone.SayAsync("/profile")).AllText, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("schon benutzt", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(host.Visitor("stranger").VisitorCookie);
        Assert.DoesNotContain("Synthesizer-Module", (await host.Visitor("stranger").SayAsync("/profile")).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeviceLink_AfterItsLifetime_IsRefused()
    {
        await using var host = await StartAsync();
        var phone = host.Visitor("phone");
        await phone.CompleteInterviewAsync("Rieke", "Ich baue Synthesizer-Module", "Ich suche eine Band für Live-Elektronik", "Hildesheim");
        var token = TokenIn((await phone.SayAsync("/device")).AllText);

        _clock.Advance(TimeSpan.FromMinutes(11));
        using var late = await host.Visitor("laptop").RedeemDeviceLinkAsync(token);

        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Null(host.Visitor("laptop").VisitorCookie);
    }

    [Fact]
    public async Task DeviceCommand_NothingStoredYet_OrOtherPlatform_ExplainsInsteadOfLinking()
    {
        await using var host = await StartAsync();

        var newcomer = await host.Visitor("newcomer").SayAsync("/device");
        var telegram = host.Member(new PlatformIdentity(ChatPlatform.Telegram, "5150"));
        var onTelegram = await telegram.SayAsync("/device");

        Assert.Contains("nichts mitzunehmen", newcomer.AllText, StringComparison.Ordinal);
        Assert.DoesNotMatch(Link(), newcomer.AllText);
        Assert.Contains("nur im Web-Chat", onTelegram.AllText, StringComparison.Ordinal);
        Assert.Contains("/device", (await host.Visitor("newcomer").SayAsync("/help")).AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("/device", (await telegram.SayAsync("/help")).AllText, StringComparison.Ordinal);
    }

    private static string TokenIn(string text)
    {
        var link = Link().Match(text);
        Assert.True(link.Success, text);
        return link.Groups["token"].Value;
    }

    [GeneratedRegex(@"https?://\S+/#device=(?<token>[A-Za-z0-9_-]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    public void Dispose() => _folder.Dispose();
}
