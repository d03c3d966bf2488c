using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Projects;
using CultureHub.Core;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

/// <summary>/project on Discord: slash command, DMs and buttons, and one private thread with the whole team.</summary>
public sealed class ProjectTests
{
    private const string Band = "2200000000000000001";
    private const string Camera = "2200000000000000002";
    private const string Editor = "2200000000000000003";

    [Fact]
    public async Task Project_BothInviteesSayYes_OnePrivateThreadWithThreeMembers_FirstMessageNamesHub()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        await SeedAsync(host);

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Band, "project"));
        foreach (var answer in new[] { "Musikvideo Sommerregen", "Wir drehen ein Musikvideo und brauchen jemanden an der Kamera und jemanden für den Schnitt.", "Juni 2027", "Hildesheim" })
        {
            await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Band, answer));
        }

        var roleButtons = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages.Where(m => m.Path == $"channels/9{Band}/messages"))).ToList();
        Assert.Contains("prj:rm:camera", roleButtons);
        foreach (var extra in roleButtons.Where(id => id.StartsWith("prj:rm:", StringComparison.Ordinal) && id is not "prj:rm:camera" and not "prj:rm:video" and not "prj:rm:film_editing"))
        {
            await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Band, extra));
        }

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Band, "prj:team"));
        var project = Assert.Single(await host.App.Services.GetRequiredService<IProjectStore>().AllAsync(CancellationToken.None));
        Assert.Equal(["cam", "edit"], project.Roles.Select(r => r.Current!.MemberId).Order());
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Band, $"prj:invite:{project.Id}"));
        Assert.Contains(host.Server.Messages, m => m.Path == $"channels/9{Camera}/messages" && m.Body.Contains("Projekt-Einladung", StringComparison.Ordinal));

        foreach (var (user, member) in new[] { (Camera, "cam"), (Editor, "edit") })
        {
            var role = project.Roles.Single(r => r.Current!.MemberId == member);
            await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(user, $"prj:yes:{project.Id}:{role.Id}"));
        }

        var threads = host.Server.Requests.Where(r => r.Path == "channels/1400000000000000001/threads").ToList();
        var thread = Assert.Single(threads).Json;
        Assert.Equal(12, thread.GetProperty("type").GetInt32());
        Assert.Contains("Musikvideo Sommerregen", thread.GetProperty("name").GetString(), StringComparison.Ordinal);
        var added = host.Server.Requests.Where(r => r.Method == "PUT" && r.Path.Contains("/thread-members/", StringComparison.Ordinal)).Select(r => r.Path.Split('/')[^1]).ToList();
        Assert.Equal([Band, Camera, Editor], added.Order());
        var threadId = added.Count > 0 ? host.Server.Requests.First(r => r.Path.Contains("/thread-members/", StringComparison.Ordinal)).Path.Split('/')[1] : "?";
        var first = host.Server.Messages.First(m => m.Path == $"channels/{threadId}/messages").Json.GetProperty("content").GetString()!;
        Assert.Contains("📍", first, StringComparison.Ordinal);
        Assert.Contains("Hildesheim", first, StringComparison.Ordinal);
        var stored = await host.App.Services.GetRequiredService<IProjectStore>().GetAsync(project.Id, CancellationToken.None);
        Assert.Equal(ChatPlatform.Discord, stored!.SpacePlatform);
        Assert.False(stored.IsRelayActive);
    }

    /// <summary>Members as the interview leaves them, on Discord, with places resolved by the gazetteer.</summary>
    private static async Task SeedAsync(DiscordTestHost host)
    {
        var store = host.App.Services.GetRequiredService<IMemberStore>();
        var gazetteer = host.App.Services.GetRequiredService<IGazetteer>();
        foreach (var (id, user, name, offers, town) in new[]
        {
            ("band", Band, "Die Kiesel", "Wir sind eine Indie-Band mit Gitarre und Gesang", "Hildesheim"),
            ("cam", Camera, "Kai", "Ich bin Kameramann und filme mit eigener Kamera", "Hildesheim"),
            ("edit", Editor, "Eda", "Ich mache Videoschnitt und Farbkorrektur", "Hannover"),
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
                Identities = [new PlatformIdentity(ChatPlatform.Discord, user)],
            }, CancellationToken.None);
        }
    }
}
