using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Projects;
using CultureHub.Core;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Telegram;
using CultureHub.Web.Visitors;

namespace CultureHub.Telegram.Tests;

/// <summary>/project on Telegram with inline keyboards; the editor is in the web chat, so the team talks through the relay.</summary>
public sealed class ProjectTests
{
    [Fact]
    public async Task Project_TelegramBandAndCamera_WebEditor_BothSayYes_RelayReachesBoth_FirstMessageNamesHub()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var band = new FakeTelegramUser(3001, "Die Kiesel", "kiesel", "de");
        var camera = new FakeTelegramUser(3002, "Kai", "kai_cam", "de");
        using var editor = new ChatApiClient(CultureHubHost.ListeningAddress(host.App), "web-eda");
        await editor.SayAsync("/help"); // the server issues the visitor's identity (sealed cookie) with the first message
        var editorId = host.Service<VisitorCookies>().Unseal(editor.VisitorCookie) ?? throw new InvalidOperationException("The web editor got no visitor cookie.");
        await SeedAsync(host, new PlatformIdentity(ChatPlatform.Web, editorId));

        Assert.Contains("Wie heißt", (await host.SayAsync(band, "/project")).Last().Text, StringComparison.Ordinal);
        await host.SayAsync(band, "Musikvideo Sommerregen");
        await host.SayAsync(band, "Wir drehen ein Musikvideo und brauchen jemanden an der Kamera und jemanden für den Schnitt.");
        var where = (await host.SayAsync(band, "offen")).Last();
        Assert.Contains(where.Buttons, b => b.Data == "prj:where:online");
        var roles = (await host.SayAsync(band, "Hildesheim")).Last();
        Assert.Contains(roles.Buttons, b => b.Data == "prj:rm:camera");
        foreach (var extra in roles.Buttons.Select(b => b.Data!).Where(d => d.StartsWith("prj:rm:", StringComparison.Ordinal) && d is not "prj:rm:camera" and not "prj:rm:video" and not "prj:rm:film_editing").ToList())
        {
            await host.PressAsync(band, extra);
        }

        var proposal = (await host.PressAsync(band, "prj:team")).Last();
        Assert.Contains("Kai", proposal.Text, StringComparison.Ordinal);
        Assert.Contains("Eda", proposal.Text, StringComparison.Ordinal);
        await host.PressAsync(band, proposal.Buttons.First(b => b.Data!.StartsWith("prj:invite:", StringComparison.Ordinal)).Data!);

        var invitation = host.Api.MessagesTo(camera.Id).Last();
        Assert.Contains("Projekt-Einladung von Die Kiesel", invitation.Text, StringComparison.Ordinal);
        await host.PressAsync(camera, invitation.Buttons.First(b => b.Data!.StartsWith("prj:yes:", StringComparison.Ordinal)).Data!);
        var webInvitation = await editor.InboxAsync();
        await editor.PressAsync(webInvitation.Button("prj:yes:").Id);

        var opened = host.Api.MessagesTo(band.Id).Select(m => m.Text).First(t => t?.Contains("Euer Team", StringComparison.Ordinal) == true)!;
        Assert.Contains("📍", opened, StringComparison.Ordinal);
        Assert.Contains("Hildesheim", opened[opened.IndexOf("📍", StringComparison.Ordinal)..], StringComparison.Ordinal);

        var before = host.Api.MessagesTo(camera.Id).Count;
        var sent = (await host.SayAsync(band, "Drehtag am Samstag?")).Last();
        Assert.Contains("weitergeleitet", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Die Kiesel · Musikvideo Sommerregen: Drehtag am Samstag?", host.Api.MessagesTo(camera.Id).Skip(before).Single().Text, StringComparison.Ordinal);
        Assert.Contains("💬 Die Kiesel · Musikvideo Sommerregen: Drehtag am Samstag?", (await editor.InboxAsync()).AllText, StringComparison.Ordinal);
    }

    private static async Task SeedAsync(TelegramTestHost host, PlatformIdentity editor)
    {
        var store = host.Service<IMemberStore>();
        var gazetteer = host.Service<IGazetteer>();
        foreach (var (id, identity, name, offers, town) in new[]
        {
            ("band", new PlatformIdentity(ChatPlatform.Telegram, "3001"), "Die Kiesel", "Wir sind eine Indie-Band mit Gitarre und Gesang", "Hildesheim"),
            ("cam", new PlatformIdentity(ChatPlatform.Telegram, "3002"), "Kai", "Ich bin Kameramann und filme mit eigener Kamera", "Hildesheim"),
            ("edit", editor, "Eda", "Ich mache Videoschnitt und Farbkorrektur", "Hannover"),
        })
        {
            await store.UpsertAsync(new Member
            {
                Id = id,
                DisplayName = name,
                Offers = offers,
                Sectors = id == "band" ? [Sector.Music] : [Sector.Film],
                Town = new MemberTown(town, gazetteer.Resolve(town)!.Place),
                Consent = new ConsentRecord("test", DateTimeOffset.UtcNow),
                Identities = [identity],
            }, CancellationToken.None);
        }
    }
}
