using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

public sealed class ErrorTests
{
    [Fact]
    public async Task FloodControl_429ThenSuccess_RetriesTheMessage()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5001, "Tom");
        host.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", retryAfter: 1, chatId: user.Id);

        var attempts = await host.SayAsync(user, "/help");

        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Text, attempts[1].Text);
    }

    [Fact]
    public async Task Blocked_403OnReply_MarksMemberUnreachable()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5002, "Lene");
        await SeedMemberAsync(host, user);
        host.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user", chatId: user.Id);

        await host.SayAsync(user, "/profile");

        var member = await FindAsync(host, user);
        Assert.Contains(ChatPlatform.Telegram, member!.UnreachableOn);
    }

    /// <summary>
    /// Changed with the one send path: the channel only reports the 403 (it used to record it itself,
    /// reaching back into the core); the delivery service records it and says so.
    /// </summary>
    [Fact]
    public async Task Blocked_403OnSend_ChannelReportsIt_DeliveryRecordsIt()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5003, "Kai");
        await SeedMemberAsync(host, user);
        var member = (await FindAsync(host, user))!;

        host.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user", chatId: user.Id);
        var reported = await host.Service<TelegramChatChannel>().SendAsync(Identity(user), new ChatReply("Hallo"), default);
        Assert.Equal(DeliveryOutcome.Unreachable, reported);
        Assert.Empty((await FindAsync(host, user))!.UnreachableOn);

        host.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user", chatId: user.Id);
        var delivered = await host.Service<ChatDelivery>().SendAsync(
            new OutboundMessage("test:blocked", Recipient.ForMember(member.Id), new ChatReply("Hallo")), default);
        Assert.Equal(DeliveryOutcome.Unreachable, delivered);
        Assert.Contains(ChatPlatform.Telegram, (await FindAsync(host, user))!.UnreachableOn);
    }

    [Fact]
    public async Task MyChatMember_Kicked_MarksMemberUnreachable()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5004, "Pia");
        await SeedMemberAsync(host, user);

        var replies = await host.SayAsync(user.Id, FakeUpdates.Blocked(user, FakeBotApi.Bot));

        Assert.Empty(replies);
        Assert.Contains(ChatPlatform.Telegram, (await FindAsync(host, user))!.UnreachableOn);
    }

    [Fact]
    public async Task UnusualUpdates_MalformedAndUnknownKinds_DoNotStopTheLoop()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5005, "Jo");
        var texts = host.Texts;

        var sticker = await host.SayAsync(user.Id, FakeUpdates.Sticker(user));
        var edited = await host.SayAsync(user.Id, FakeUpdates.Edited(user, "oops"));
        var location = await host.SayAsync(user.Id, FakeUpdates.Location(user, 52.73, 8.28));
        var unknown = await host.SayAsync(user.Id, new() { ["future_update_kind"] = new System.Text.Json.Nodes.JsonObject { ["x"] = 1 } });
        var malformed = await host.SayAsync(user.Id, new()
        {
            ["message"] = new System.Text.Json.Nodes.JsonObject
            {
                ["message_id"] = 1,
                ["date"] = "yesterday",
                ["chat"] = FakeUpdates.PrivateChat(user),
                ["from"] = FakeUpdates.From(user),
                ["text"] = "hi",
            },
        });
        var notAnObject = await host.SayAsync(user.Id, new() { ["message"] = 42 });
        var help = await host.SayAsync(user, "/help");

        Assert.Equal(texts.Get(Language.De, "input.unsupported"), Assert.Single(sticker).Text);
        Assert.Empty(edited);
        Assert.Equal(texts.Get(Language.De, "input.location_not_needed"), Assert.Single(location).Text);
        Assert.Empty(unknown);
        Assert.Equal(texts.Get(Language.De, "input.unsupported"), Assert.Single(malformed).Text);
        Assert.Empty(notAnObject);
        Assert.NotEmpty(help);
    }

    [Fact]
    public async Task Group_CommandForThisBot_InvitesToPrivateChat()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var user = new FakeTelegramUser(5006, "Eli");
        var group = FakeUpdates.Group(-100_777);

        var addressed = await host.SayAsync(-100_777, FakeUpdates.Text(user, "/start@culturehub_test_bot", group));
        var plain = await host.SayAsync(-100_777, FakeUpdates.Text(user, "/profile", group));
        var otherBot = await host.SayAsync(-100_777, FakeUpdates.Text(user, "/start@some_other_bot", group));
        var chatter = await host.SayAsync(-100_777, FakeUpdates.Text(user, "Hallo zusammen", group));

        var invitation = Assert.Single(addressed);
        Assert.Equal(host.Texts.Get(Language.De, "group.private_only"), invitation.Text);
        Assert.Equal("https://t.me/culturehub_test_bot?start=group", Assert.Single(invitation.Buttons).Url);
        Assert.Single(plain);
        Assert.Empty(otherBot);
        Assert.Empty(chatter);
        Assert.Empty(host.Api.MessagesTo(user.Id));
    }

    private static PlatformIdentity Identity(FakeTelegramUser user) =>
        new(ChatPlatform.Telegram, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static Task<Member?> FindAsync(TelegramTestHost host, FakeTelegramUser user) =>
        host.Service<IMemberStore>().FindByIdentityAsync(Identity(user), default);

    private static Task SeedMemberAsync(TelegramTestHost host, FakeTelegramUser user) =>
        host.Service<IMemberStore>().UpsertAsync(
            new Member
            {
                Id = MemberIds.New(),
                DisplayName = user.FirstName,
                Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
                Identities = [Identity(user)],
            },
            default);
}
