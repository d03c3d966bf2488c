using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

/// <summary>Workshops in a guild: slash commands, autocomplete, buttons and the hub's announcement channel.</summary>
public sealed class WorkshopTests
{
    private const string Anna = "2100000000000000001";
    private const string Staff = "discord:2100000000000000009";
    private const string OldenburgChannel = "1450000000000000001";
    private const string Title = "Songwriting im Proberaum";

    // Oldenburg is the third hub in appsettings.json: its team is on Discord and it has a channel.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Hubs:2:Staff:0"] = Staff,
        ["Discord:HubChannels:oldenburg"] = OldenburgChannel,
    };

    [Fact]
    public async Task Start_WorkshopArguments_RegisteredWithAutocomplete()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: Settings);
        await host.WaitForReadyAsync();

        var put = host.Server.Requests.Single(r => r.Method == "PUT" && r.Path.EndsWith($"/guilds/{GuildId}/commands", StringComparison.Ordinal));
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        foreach (var name in new[] { "workshops", "workshop", "signup", "cancel" })
        {
            Assert.True(commands[name].GetProperty("options")[0].GetProperty("autocomplete").GetBoolean(), name);
        }

        Assert.False(commands["language"].GetProperty("options")[0].TryGetProperty("autocomplete", out _));
    }

    [Fact]
    public async Task Workshop_ListAutocompleteSignUpAndCancelInGuild()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: Settings);
        await host.WaitForReadyAsync();
        await DiscordInterview.RunAsync(host, Anna, "Anna Beispiel");
        var workshop = await PublishAsync(host, "oldenburg");

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Anna, "workshops"));
        var list = LastFollowUp(host);
        Assert.Equal(64, list.GetProperty("flags").GetInt32());
        Assert.Contains(workshop.Id, list.GetProperty("content").GetString(), StringComparison.Ordinal);

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Autocomplete(Anna, "signup", workshop.Id[..2]));
        var answer = host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json;
        Assert.Equal(8, answer.GetProperty("type").GetInt32());
        var choices = answer.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        var choice = Assert.Single(choices, c => c.GetProperty("value").GetString() == workshop.Id);
        Assert.StartsWith(Title, choice.GetProperty("name").GetString(), StringComparison.Ordinal);

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Anna, "signup", workshop.Id));
        Assert.Contains(Title, LastFollowUp(host).GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(RegistrationStatus.Confirmed, await StatusAsync(host, workshop));

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, $"ws:cancel:{workshop.Id}", inGuild: true));
        Assert.Equal(64, LastFollowUp(host).GetProperty("flags").GetInt32());
        Assert.Equal(RegistrationStatus.Cancelled, await StatusAsync(host, workshop));
        AssertNobodyPinged(host.Server.Messages);
    }

    [Fact]
    public async Task Autocomplete_HubsForWorkshops_ListsMatchingHubs()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: Settings);
        await host.WaitForReadyAsync();

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Autocomplete(Anna, "workshops", "Old"));

        var answer = host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json;
        var choice = Assert.Single(answer.GetProperty("data").GetProperty("choices").EnumerateArray());
        Assert.Equal("oldenburg", choice.GetProperty("value").GetString());
        Assert.DoesNotContain(host.Server.Requests, r => r.IsMessage);
    }

    [Fact]
    public async Task PublishedWorkshop_HubWithChannel_AnnouncedThereWithoutPings()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: Settings);
        await host.WaitForReadyAsync();

        var workshop = await PublishAsync(host, "oldenburg");
        await PublishAsync(host, "hannover");

        var posted = Assert.Single(host.Server.Messages, m => m.Path.StartsWith("channels/", StringComparison.Ordinal)).Json;
        Assert.Equal($"channels/{OldenburgChannel}/messages", host.Server.Messages.Single(m => m.Path.StartsWith("channels/", StringComparison.Ordinal)).Path);
        Assert.Contains(Title, posted.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal($"workshop-{workshop.Id}.ics", posted.GetProperty("attachments")[0].GetProperty("filename").GetString());
        Assert.Contains($"ws:signup:{workshop.Id}", DiscordTestHost.ButtonIds(posted.GetProperty("components")));
        AssertNobodyPinged(host.Server.Messages);
    }

    private static Task<Workshop> PublishAsync(DiscordTestHost host, string hubId)
    {
        var services = host.App.Services;
        return services.GetRequiredService<WorkshopAdminService>().CreateAsync(
            new WorkshopRequest(Title, "Wir schreiben in kleinen Gruppen einen Song.", hubId,
                services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(10), 12, Staff, null),
            "Hub-Team",
            CancellationToken.None);
    }

    private static System.Text.Json.JsonElement LastFollowUp(DiscordTestHost host) =>
        host.Server.Messages.Last(m => m.Path.StartsWith($"webhooks/{DiscordPayloads.ApplicationId}/", StringComparison.Ordinal)).Json;

    private static async Task<RegistrationStatus?> StatusAsync(DiscordTestHost host, Workshop workshop)
    {
        var services = host.App.Services;
        var member = await services.GetRequiredService<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Discord, Anna), CancellationToken.None);
        return (await services.GetRequiredService<IWorkshopStore>().GetRegistrationAsync(workshop.Id, member!.Id, CancellationToken.None))?.Status;
    }

    private static void AssertNobodyPinged(IEnumerable<RecordedRequest> messages) =>
        Assert.All(messages, m => Assert.True(m.Json.TryGetProperty("allowed_mentions", out var mentions)
            && mentions.GetProperty("parse").GetArrayLength() == 0 && !mentions.TryGetProperty("users", out _), m.Path));
}
