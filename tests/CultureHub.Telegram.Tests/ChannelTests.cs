using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Telegram.Sending;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

public sealed class ChannelTests
{
    [Fact]
    public async Task Introduction_TwoTelegramMembers_EachGetsLinkToTheOther()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var request = new PrivateConversationRequest(
            "intro-1",
            new ConversationParticipant("m1", Telegram("6001"), "Mara", "mara_music", false, new ChatReply("Mara, meet Ben")),
            new ConversationParticipant("m2", Telegram("6002"), "Ben", null, true, new ChatReply("Ben, meet Mara")));

        var outcome = await host.Service<TelegramChatChannel>().OpenPrivateConversationAsync(request, default);

        Assert.Equal(PrivateConversationOutcome.Opened, outcome);
        var toMara = Assert.Single(host.Api.MessagesTo(6001));
        var toBen = Assert.Single(host.Api.MessagesTo(6002));
        Assert.Equal("tg://user?id=6002", Assert.Single(toMara.Buttons).Url);
        Assert.Equal("https://t.me/mara_music", Assert.Single(toBen.Buttons).Url);
    }

    [Fact]
    public async Task Introduction_NoLinkPossible_NeedsRelay()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var request = new PrivateConversationRequest(
            "intro-2",
            new ConversationParticipant("m1", Telegram("6003"), "Mara", "mara_music", true, new ChatReply("Mara, meet Ben")),
            new ConversationParticipant("m2", new PlatformIdentity(ChatPlatform.Web, "w1"), "Ben", "ben", true, new ChatReply("Ben, meet Mara")));

        var outcome = await host.Service<TelegramChatChannel>().OpenPrivateConversationAsync(request, default);

        Assert.Equal(PrivateConversationOutcome.NeedsRelay, outcome);
        Assert.Empty(Assert.Single(host.Api.MessagesTo(6003)).Buttons);
    }

    [Fact]
    public async Task Introduction_FirstLinkRefusedForPrivacy_DeliversNothingAndNeedsRelay()
    {
        await using var host = await TelegramTestHost.StartAsync();
        host.Api.FailNext("sendMessage", 400, "Bad Request: BUTTON_USER_PRIVACY_RESTRICTED", chatId: 6011);
        var request = new PrivateConversationRequest(
            "intro-3",
            new ConversationParticipant("m1", Telegram("6011"), "Mara", null, true, new ChatReply("Mara, meet Ben")),
            new ConversationParticipant("m2", Telegram("6012"), "Ben", null, true, new ChatReply("Ben, meet Mara")));

        var outcome = await host.Service<TelegramChatChannel>().OpenPrivateConversationAsync(request, default);

        Assert.Equal(PrivateConversationOutcome.NeedsRelay, outcome);
        Assert.Single(host.Api.MessagesTo(6011));
        Assert.Empty(host.Api.MessagesTo(6012));
    }

    [Fact]
    public async Task Introduction_SecondLinkRefusedForPrivacy_ResendsWithoutButtonAndOpens()
    {
        await using var host = await TelegramTestHost.StartAsync();
        host.Api.FailNext("sendMessage", 400, "Bad Request: USER_PRIVACY_RESTRICTED", chatId: 6014);
        var request = new PrivateConversationRequest(
            "intro-4",
            new ConversationParticipant("m1", Telegram("6013"), "Mara", null, true, new ChatReply("Mara, meet Ben")),
            new ConversationParticipant("m2", Telegram("6014"), "Ben", null, true, new ChatReply("Ben, meet Mara")));

        var outcome = await host.Service<TelegramChatChannel>().OpenPrivateConversationAsync(request, default);

        Assert.Equal(PrivateConversationOutcome.Opened, outcome);
        Assert.Equal("tg://user?id=6014", Assert.Single(Assert.Single(host.Api.MessagesTo(6013)).Buttons).Url);
        var toBen = host.Api.MessagesTo(6014);
        Assert.Equal(2, toBen.Count);
        Assert.Single(toBen[0].Buttons);
        Assert.Empty(toBen[1].Buttons);
        Assert.Equal("Ben, meet Mara", toBen[1].Text);
    }

    [Fact]
    public async Task SendAsync_LongTextWithButtonsAndAttachment_SplitsAndSendsDocument()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var paragraph = new string('x', 1500) + " <&>";
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 7));
        var reply = new ChatReply(
            text,
            [new ChatButton("lang:de", "Deutsch"), new ChatButton(new string('a', 65), "too long")],
            new ChatAttachment("export.json", "application/json", "{}"u8.ToArray()));

        var outcome = await host.Service<TelegramChatChannel>().SendAsync(Telegram("6004"), reply, default);

        Assert.Equal(DeliveryOutcome.Delivered, outcome);
        var sent = host.Api.MessagesTo(6004);
        var messages = sent.Where(m => m.Method == "sendMessage").ToList();
        Assert.Equal(4, messages.Count);
        Assert.All(messages, m => Assert.True(m.Text!.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Length <= TelegramText.MaxMessageLength));
        Assert.All(messages, m => Assert.EndsWith("&lt;&amp;&gt;", m.Text, StringComparison.Ordinal));
        var document = Assert.Single(sent, m => m.Method == "sendDocument");
        Assert.Equal("export.json", document.Parameters["document"]!["file_name"]!.ToString());
        Assert.Equal("lang:de", Assert.Single(document.Buttons).Data);
    }

    private static PlatformIdentity Telegram(string id) => new(ChatPlatform.Telegram, id);
}
