using System.Globalization;
using System.Text.Json;
using CultureHub.Core;
using CultureHub.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

/// <summary>Spaces and gear on Discord: /share by DM, /find and /book as slash commands with named options and autocomplete, approval by DM button.</summary>
public sealed class SpacesTests
{
    private const string Anna = "2200000000000000001";
    private const string Ben = "2200000000000000002";
    private const string Cleo = "2200000000000000003";

    [Fact]
    public async Task ShareFindBookApprove_OnDiscord_SecondRequestGetsAlternatives()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        await DiscordInterview.RunAsync(host, Anna, "Anna Beispiel");
        await DiscordInterview.RunAsync(host, Ben, "Ben");
        await DiscordInterview.RunAsync(host, Cleo, "Cleo");
        await ShareByDirectMessageAsync(host);

        var commands = host.Server.Requests.Last(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal)).Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        var findOptions = commands["find"].GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["what", "near"], findOptions.Select(o => o.GetProperty("name").GetString()));
        Assert.True(findOptions[0].GetProperty("required").GetBoolean());
        Assert.True(findOptions[1].GetProperty("autocomplete").GetBoolean());

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", AutocompleteOption(Ben, "find", "near", "Cloppen"));
        Assert.Contains(Choices(host), c => c.GetProperty("value").GetString() == "Cloppenburg");

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommandWith(Ben, "find", ("what", "Proberaum"), ("near", "Cloppenburg")));
        var found = LastFollowUp(host);
        Assert.Equal(64, found.GetProperty("flags").GetInt32());
        Assert.Contains("Proberaum im Kulturbahnhof", found.GetProperty("content").GetString(), StringComparison.Ordinal);
        var book = Assert.Single(DiscordTestHost.ButtonIds(found.GetProperty("components")), id => id.Contains("book", StringComparison.Ordinal));
        var listingId = book["sp:book:".Length..];

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", AutocompleteOption(Ben, "book", "listing", listingId[..2]));
        Assert.Contains(Choices(host), c => c.GetProperty("value").GetString() == listingId);

        var friday = NextFriday(host);
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommandWith(Ben, "book", ("listing", listingId), ("when", $"{friday} 19–22 Uhr")));
        Assert.Contains("unterwegs", LastFollowUp(host).GetProperty("content").GetString(), StringComparison.Ordinal);

        var approve = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(DirectMessages(host, Anna))).Single(id => id.StartsWith("sp:approve:", StringComparison.Ordinal));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, approve));
        Assert.EndsWith(".ics", LastFollowUp(host).GetProperty("attachments")[0].GetProperty("filename").GetString(), StringComparison.Ordinal);
        var confirmation = DirectMessages(host, Ben).Last().Json;
        Assert.Contains("Bahnhofstraße 5", confirmation.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.EndsWith(".ics", confirmation.GetProperty("attachments")[0].GetProperty("filename").GetString(), StringComparison.Ordinal);

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommandWith(Cleo, "book", ("listing", listingId), ("when", $"{friday} 19–22 Uhr")));
        var refused = LastFollowUp(host);
        Assert.Contains("schon vergeben", refused.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Contains(DiscordTestHost.ButtonIds(refused.GetProperty("components")), id => id.StartsWith("sp:alt:", StringComparison.Ordinal));
    }

    private static async Task ShareByDirectMessageAsync(DiscordTestHost host)
    {
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "/share"));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, "sp:kind:rehearsal_room"));
        foreach (var answer in new[] { "Proberaum im Kulturbahnhof", "Lohne", "Bahnhofstraße 5", "Fr 18–23 Uhr, Sa 10–22 Uhr", "6", "15 € pro Abend", "Schlagzeug ist da." })
        {
            await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, answer));
        }

        Assert.Contains("ist jetzt zu finden", DirectMessages(host, Anna).Last().Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    private static List<RecordedRequest> DirectMessages(DiscordTestHost host, string userId) =>
        host.Server.Messages.Where(m => m.Path == $"channels/9{userId}/messages").ToList();

    private static List<JsonElement> Choices(DiscordTestHost host) =>
        host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();

    private static JsonElement LastFollowUp(DiscordTestHost host) =>
        host.Server.Messages.Last(m => m.Path.StartsWith($"webhooks/{DiscordPayloads.ApplicationId}/", StringComparison.Ordinal)).Json;

    private static string NextFriday(DiscordTestHost host)
    {
        var today = host.App.Services.GetRequiredService<RegionTime>().ToLocal(host.App.Services.GetRequiredService<TimeProvider>().GetUtcNow()).Date.AddDays(2);
        return today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    }
}
