using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Discord.Bot;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

/// <summary>"Das habe ich verstanden" on Discord: labels in DMs, buttons in action rows, "something's missing" and /edit as modals.</summary>
public sealed class LabelTests
{
    private const string Jana = "2100000000000000011";

    [Fact]
    public async Task Labels_ConfirmRemoveAndAdd_ByComponentInteractions_AreStored()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        var texts = host.App.Services.GetRequiredService<TextCatalog>();
        await BeginAsync(host);

        await SayAsync(host, "Ich bin Tontechnikerin und mische Bands live");
        Assert.Contains(texts.Format(Language.De, "labels.offers", "Live-Sound"), LastContent(host), StringComparison.Ordinal);
        await SayAsync(host, "Schlagzeuk");
        var suggestions = host.Server.Messages.Last(m => m.Json.TryGetProperty("components", out var c) && ButtonIds(c).Contains("lbl:none:s"));
        Assert.Contains("lbl:pick:s:drums", ButtonIds(suggestions.Json.GetProperty("components")));
        await PressAsync(host, "lbl:pick:s:drums");
        await SayAsync(host, "Hannover");
        await PressAsync(host, "iv:sectors:done");
        await SayAsync(host, "https://jana.example");

        var card = DiscordTestHost.LastButtons(host.Server.Messages);
        Assert.InRange(card.GetArrayLength(), 1, 5);
        Assert.All(card.EnumerateArray(), row => Assert.InRange(row.GetProperty("components").GetArrayLength(), 1, 5));
        Assert.Contains(card.EnumerateArray(), row => ButtonIds(row) is var ids && ids.First() == "lbl:rm:o:live_sound");
        Assert.Contains(card.EnumerateArray(), row => ButtonIds(row).SequenceEqual(["lbl:add:o", "lbl:add:s"]));

        await PressAsync(host, "lbl:rm:o:live_sound");
        Assert.DoesNotContain("lbl:rm:o:live_sound", DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)));
        await PressAsync(host, "lbl:rm:o:live_sound");
        Assert.Contains(host.Server.Messages, m => Content(m) == texts.Format(Language.De, "labels.already_removed", "Live-Sound"));

        // "Etwas fehlt" opens a modal; its answer is looked up and offered as buttons.
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Jana, "lbl:add:o", message: new { id = "1700000000000000002", components = card }));
        var modal = host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        Assert.Equal(texts.Get(Language.De, "labels.add_offer"), modal.GetProperty("data").GetProperty("title").GetString());
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", ModalSubmit(Jana, modal.GetProperty("data").GetProperty("custom_id").GetString()!, "Masterring"));
        Assert.Equal("lbl:pick:o:mastering", DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)).First());
        await PressAsync(host, "lbl:pick:o:mastering");
        await PressAsync(host, "iv:confirm");

        var member = await host.App.Services.GetRequiredService<IMemberStore>()
            .FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Discord, Jana), CancellationToken.None);
        Assert.NotNull(member);
        Assert.Equal(["live_sound"], member.Corrections.RemovedOffers);
        Assert.Equal(["mastering"], member.Corrections.AddedOffers);
        Assert.Contains(member.SeekTags, t => t.CompetenceId == "drums" && t.IsConfirmed);

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Jana, "profile", inGuild: false));
        Assert.Contains("lbl:rm:o:mastering", DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)));
        Assert.Contains(texts.Get(Language.De, "labels.understood"), LastContent(host), StringComparison.Ordinal);

        // /edit through the modal: new words that again say live sound, and the removed label stays out.
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Jana, "edit", inGuild: false));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", ModalSubmit(Jana, EditModal.Prefix + "iv:edit:offers", "Tontechnikerin, ich mische Konzerte"));
        var edited = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)).ToList();
        Assert.Contains("lbl:rm:o:mastering", edited);
        Assert.DoesNotContain("lbl:rm:o:live_sound", edited);
        await PressAsync(host, "iv:confirm");
        var saved = await host.App.Services.GetRequiredService<IMemberStore>()
            .FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Discord, Jana), CancellationToken.None);
        Assert.Equal("Tontechnikerin, ich mische Konzerte", saved!.Offers);
        Assert.DoesNotContain(saved.OfferTags, t => t.CompetenceId == "live_sound");
        Assert.Contains(saved.OfferTags, t => t.CompetenceId == "mastering" && t.IsConfirmed);
    }

    private static async Task BeginAsync(DiscordTestHost host)
    {
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Jana, "Hallo"));
        var consent = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)).First(id => id.StartsWith("consent:yes", StringComparison.Ordinal));
        await PressAsync(host, consent);
        await SayAsync(host, "Jana");
    }

    private static Task SayAsync(DiscordTestHost host, string text) => host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Jana, text));

    private static Task PressAsync(DiscordTestHost host, string customId) => host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Jana, customId));

    private static string LastContent(DiscordTestHost host) => Content(host.Server.Messages.Last());

    private static string Content(TestKit.Discord.RecordedRequest message) =>
        message.Json.TryGetProperty("content", out var content) ? content.GetString() ?? string.Empty : string.Empty;

    private static IEnumerable<string> ButtonIds(JsonElement rowOrRows) => rowOrRows.ValueKind == JsonValueKind.Array
        ? DiscordTestHost.ButtonIds(rowOrRows)
        : rowOrRows.GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()!);
}
