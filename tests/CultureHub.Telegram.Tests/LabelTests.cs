using System.Text.Json.Nodes;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Telegram.Sending;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>"Das habe ich verstanden" on Telegram: labels in the messages, corrections by inline keyboard callbacks.</summary>
public sealed class LabelTests
{
    [Fact]
    public async Task Labels_ConfirmRemoveAndAdd_ByInlineKeyboard_AreStoredAndSurviveEdit()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1101, "Jana", null, "de");
        var consent = (await host.SayAsync(user, "/start")).Last().Buttons.Single(b => b.Data!.StartsWith("consent:yes", StringComparison.Ordinal));
        await host.PressAsync(user, consent.Data!);
        await host.SayAsync(user, "Jana");

        var afterOffers = await host.SayAsync(user, "Ich bin Tontechnikerin und mische Bands live");
        Assert.Contains(Html(host, "labels.offers", "Live-Sound"), Assert.Single(afterOffers).Text, StringComparison.Ordinal);

        var afterSeeks = await host.SayAsync(user, "Schlagzeuk");
        var pick = afterSeeks[0].Buttons.Single(b => b.Data == "lbl:pick:s:drums");
        Assert.Equal("lbl:none:s", afterSeeks[0].Buttons[^1].Data);
        Assert.Contains(Html(host, "interview.ask_town"), afterSeeks[^1].Text, StringComparison.Ordinal);
        await host.PressAsync(user, pick.Data!);
        await host.SayAsync(user, "Vechta");
        await host.PressAsync(user, "iv:sectors:done");
        var card = (await host.PressAsync(user, "iv:skip")).Last();

        Assert.Contains("lbl:rm:o:live_sound", card.Buttons.Select(b => b.Data));
        Assert.Contains("lbl:rm:s:drums", card.Buttons.Select(b => b.Data));
        Assert.Contains(KeyboardRows(card), row => row[0] == "lbl:rm:o:live_sound");
        Assert.Contains(KeyboardRows(card), row => row[0] == "lbl:add:o");
        Assert.Equal("lbl:add:s", KeyboardRows(card).SelectMany(r => r).Last());

        var removed = await host.PressAsync(user, "lbl:rm:o:live_sound");
        Assert.DoesNotContain("lbl:rm:o:live_sound", removed.Last().Buttons.Select(b => b.Data));
        var again = await host.PressAsync(user, "lbl:rm:o:live_sound");
        Assert.Equal(Html(host, "labels.already_removed", "Live-Sound"), again[0].Text);

        await host.PressAsync(user, "lbl:add:o");
        var choice = Assert.Single(await host.SayAsync(user, "Masterring"));
        Assert.Equal("lbl:pick:o:mastering", choice.Buttons[0].Data);
        var withMastering = await host.PressAsync(user, "lbl:pick:o:mastering");
        Assert.Contains("Mastering", withMastering.Last().Text, StringComparison.Ordinal);
        await host.PressAsync(user, "iv:confirm");

        var member = await MemberAsync(host, user);
        Assert.DoesNotContain(member.OfferTags, t => t.CompetenceId == "live_sound");
        Assert.Contains(member.OfferTags, t => t.CompetenceId == "mastering" && t.IsConfirmed);
        Assert.Contains(member.SeekTags, t => t.CompetenceId == "drums" && t.IsConfirmed);
        Assert.Equal(["live_sound"], member.Corrections.RemovedOffers);

        // /edit reads new words that again say live sound: the removed label stays out.
        await host.SayAsync(user, "/edit");
        await host.PressAsync(user, "iv:edit:offers");
        var edited = await host.SayAsync(user, "Tontechnikerin, ich mische Konzerte");
        Assert.DoesNotContain("lbl:rm:o:live_sound", edited.Last().Buttons.Select(b => b.Data));
        await host.PressAsync(user, "iv:confirm");
        Assert.DoesNotContain((await MemberAsync(host, user)).OfferTags, t => t.CompetenceId == "live_sound");

        var profile = Assert.Single(await host.SayAsync(user, "/profile"));
        Assert.Contains(Html(host, "labels.understood"), profile.Text, StringComparison.Ordinal);
        Assert.Contains("lbl:rm:o:mastering", profile.Buttons.Select(b => b.Data));
        Assert.All(host.Api.Calls("answerCallbackQuery"), call => Assert.NotNull(call.Parameters["callback_query_id"]));
        Assert.Equal(11, host.Api.Calls("answerCallbackQuery").Count); // one answer for each of the 11 presses above
    }

    [Fact]
    public async Task Profile_RemoveButton_OnTelegram_ChangesTheProfileAtOnce()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1102, "Mara", "mara_music", "de");
        await new InterviewDriver(host, user, Language.De).RunAsync();

        var profile = Assert.Single(await host.SayAsync(user, "/profile"));
        var remove = profile.Buttons.First(b => b.Data!.StartsWith("lbl:rm:o:", StringComparison.Ordinal));
        var replies = await host.PressAsync(user, remove.Data!);

        var removedId = remove.Data!["lbl:rm:o:".Length..];
        Assert.DoesNotContain((await MemberAsync(host, user)).OfferTags, t => t.CompetenceId == removedId);
        Assert.StartsWith(Html(host, "profile.header"), replies.Last().Text, StringComparison.Ordinal);
    }

    private static async Task<Member> MemberAsync(TelegramTestHost host, FakeTelegramUser user) =>
        (await host.Service<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), default))!;

    private static string Html(TelegramTestHost host, string key, params object[] arguments) =>
        TelegramText.EscapeHtml(arguments.Length == 0 ? host.Texts.Get(Language.De, key) : host.Texts.Format(Language.De, key, arguments));

    private static List<List<string>> KeyboardRows(FakeBotRequest message)
    {
        var markup = message.Parameters["reply_markup"] switch
        {
            JsonObject o => o,
            JsonValue v => JsonNode.Parse(v.GetValue<string>()) as JsonObject,
            _ => null,
        };
        return [.. ((JsonArray)markup!["inline_keyboard"]!).OfType<JsonArray>()
            .Select(row => row.OfType<JsonObject>().Select(b => b["callback_data"]?.GetValue<string>() ?? string.Empty).ToList())];
    }
}
