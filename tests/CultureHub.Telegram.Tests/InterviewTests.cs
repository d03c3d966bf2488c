using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

public sealed class InterviewTests
{
    [Fact]
    public async Task Interview_GermanWithButtons_SavesProfile()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1001, "Mara", "mara_music", "de");

        var saved = await new InterviewDriver(host, user, Language.De).RunAsync();

        Assert.Contains(saved, m => m.Text!.StartsWith(host.Texts.Get(Language.De, "interview.saved")[..20], StringComparison.Ordinal));
        var member = await host.Service<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "1001"), default);
        Assert.NotNull(member);
        Assert.Equal("Mara <Bass> & Co", member.DisplayName);
        Assert.Equal(Language.De, member.Language);
        Assert.Equal("mara_music", member.Username);
        Assert.NotEmpty(member.Sectors);

        var profile = await host.SayAsync(user, "/profile");
        var card = Assert.Single(profile);
        Assert.Contains("Mara &lt;Bass&gt; &amp; Co", card.Text, StringComparison.Ordinal);
        Assert.Equal("html", card.Parameters["parse_mode"]!.ToString(), ignoreCase: true);
        Assert.Contains("Vechta", card.Text, StringComparison.Ordinal);
        Assert.All(host.Api.Calls("answerCallbackQuery"), call => Assert.NotNull(call.Parameters["callback_query_id"]));
        Assert.Equal(host.Api.Requests.Count(r => r.Method == "answerCallbackQuery"), CountButtonPresses(host));
    }

    [Fact]
    public async Task Interview_EnglishWithButtons_SavesProfile()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1002, "Sam", null, "en-GB");

        await new InterviewDriver(host, user, Language.En) { Name = "Sam Sound" }.RunAsync();

        var member = await host.Service<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "1002"), default);
        Assert.NotNull(member);
        Assert.Equal(Language.En, member.Language);
        var profile = Assert.Single(await host.SayAsync(user, "/profile"));
        Assert.StartsWith(host.Texts.Get(Language.En, "profile.header"), profile.Text, StringComparison.Ordinal);
        Assert.Contains("Sam Sound", profile.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeepLink_StartWithPayload_RecordedAsSource()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1003, "Ole", null, "de");

        await new InterviewDriver(host, user, Language.De) { Name = "Ole" }.RunAsync("/start hub_oldenburg");

        var member = await host.Service<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, "1003"), default);
        Assert.Equal("hub_oldenburg", member?.Source);
    }

    [Fact]
    public async Task OutdatedButton_Pressed_AnsweredAndToldNoLongerOpen()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(1004, "Ida", null, "de");

        var replies = await host.PressAsync(user, "iv:confirm");

        Assert.Equal(host.Texts.Get(Language.De, "button.outdated"), Assert.Single(replies).Text);
        Assert.Single(host.Api.Calls("answerCallbackQuery"));
    }

    private static int CountButtonPresses(TelegramTestHost host) =>
        host.Api.Calls("getUpdates").Count == 0 ? 0 : host.Api.Calls("answerCallbackQuery").Select(c => c.Parameters["callback_query_id"]!.ToString()).Distinct().Count();
}
