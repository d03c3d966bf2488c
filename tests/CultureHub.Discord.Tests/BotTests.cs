using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

public sealed class BotTests
{
    private const string Anna = "2100000000000000001";

    [Fact]
    public async Task Start_RegistersLocalizedSlashCommandsPerGuild()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        var put = host.Server.Requests.Single(r => r.Method == "PUT" && r.Path == $"applications/{DiscordPayloads.ApplicationId}/guilds/{GuildId}/commands");
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        foreach (var name in new[] { "profile", "edit", "pause", "resume", "privacy", "export", "delete", "language" })
        {
            Assert.True(commands.ContainsKey(name), name);
        }

        var language = commands["language"];
        Assert.Equal("argument", language.GetProperty("options")[0].GetProperty("name").GetString());
        Assert.True(language.GetProperty("description_localizations").TryGetProperty("de", out _));
        Assert.True(language.GetProperty("name_localizations").TryGetProperty("en-GB", out _));
    }

    [Fact]
    public async Task Start_StaffCommands_RegisteredWithNoDefaultPermissionSoMembersDoNotSeeThem()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        var put = host.Server.Requests.Single(r => r.Method == "PUT" && r.Path == $"applications/{DiscordPayloads.ApplicationId}/guilds/{GuildId}/commands");
        var permissions = put.Json.EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => c.TryGetProperty("default_member_permissions", out var value) ? value.GetString() : null);
        string[] staffCommands = ["cancelworkshop", "dashboard", "editworkshop", "newworkshop", "participants"];
        foreach (var name in staffCommands)
        {
            Assert.Equal("0", permissions[name]);
        }

        Assert.Contains("profile", permissions.Keys);
        Assert.All(permissions.Where(p => !staffCommands.Contains(p.Key)), p => Assert.Null(p.Value));
    }

    [Fact]
    public async Task DirectMessage_Interview_CreatesMember()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        var dm = $"channels/9{Anna}/messages";

        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "Hallo"));
        var consent = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages.Where(m => m.Path == dm)))
            .First(id => id.StartsWith("consent:yes", StringComparison.Ordinal));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, consent));
        Assert.Contains(host.Server.Requests, r => r.Path.StartsWith("interactions/", StringComparison.Ordinal) && r.Json.GetProperty("type").GetInt32() == 6);

        foreach (var answer in new[] { "Anna Beispiel", "Ich fotografiere Konzerte und Theater", "Musikerinnen für Videos", "Hannover" })
        {
            await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, answer));
        }

        var sectors = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)).ToList();
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, sectors.First(id => id.StartsWith("iv:sector:", StringComparison.Ordinal))));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, "iv:sectors:done"));
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "https://anna.example"));
        Assert.Contains("iv:confirm", DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, "iv:confirm"));

        var members = host.App.Services.GetRequiredService<IMemberStore>();
        var member = await members.FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Discord, Anna), CancellationToken.None);
        Assert.NotNull(member);
        Assert.Equal("Anna Beispiel", member.DisplayName);
    }

    [Fact]
    public async Task SlashCommand_InGuild_DefersEphemeralAndFollowsUp()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Anna, "privacy"));

        var callback = host.Server.Requests.Single(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal));
        Assert.Equal(5, callback.Json.GetProperty("type").GetInt32());
        Assert.Equal(64, callback.Json.GetProperty("data").GetProperty("flags").GetInt32());
        var followUps = host.Server.Requests.Where(r => r.Path.StartsWith($"webhooks/{DiscordPayloads.ApplicationId}/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(followUps);
        Assert.All(followUps, f => Assert.Equal(64, f.Json.GetProperty("flags").GetInt32()));
    }

    [Fact]
    public async Task SlashCommandStart_InGuild_MovesToDirectMessages()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Anna, "start"));

        Assert.Contains(host.Server.Requests, r => r.Path == "users/@me/channels");
        Assert.Contains(host.Server.Messages, m => m.Path == $"channels/9{Anna}/messages");
        var notice = host.Server.Messages.Last(m => m.Path.StartsWith("webhooks/", StringComparison.Ordinal));
        Assert.Contains("Direktnachricht", notice.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Button_EditName_OpensModalAndSubmitFeedsCore()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, "iv:edit:name"));
        var modal = host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json;
        Assert.Equal(9, modal.GetProperty("type").GetInt32());
        var modalId = modal.GetProperty("data").GetProperty("custom_id").GetString()!;

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", ModalSubmit(Anna, modalId, "Anna B."));

        var answer = host.Server.Requests.Last(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Json;
        Assert.Equal(6, answer.GetProperty("type").GetInt32());
        Assert.Contains(host.Server.Messages, m => m.Path.StartsWith("webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Introduction_CreatesPrivateThreadWithBothMembers()
    {
        await using var host = await DiscordTestHost.StartAsync(server => server.ClosedDirectMessages["2100000000000000002"] = true);
        var channel = host.App.Services.GetServices<IChatChannel>().Single(c => c.Platform == ChatPlatform.Discord);
        var request = new PrivateConversationRequest("intro-1",
            new ConversationParticipant("m1", new PlatformIdentity(ChatPlatform.Discord, Anna), "Anna", "anna", true, new ChatReply("Meet Ben")),
            new ConversationParticipant("m2", new PlatformIdentity(ChatPlatform.Discord, "2100000000000000002"), "Ben", "ben", true, new ChatReply("Meet Anna")));

        var outcome = await channel.OpenPrivateConversationAsync(request, CancellationToken.None);

        Assert.Equal(PrivateConversationOutcome.Opened, outcome);
        var thread = host.Server.Requests.Single(r => r.Path == "channels/1400000000000000001/threads").Json;
        Assert.Equal(12, thread.GetProperty("type").GetInt32());
        Assert.False(thread.GetProperty("invitable").GetBoolean());
        var added = host.Server.Requests.Where(r => r.Method == "PUT" && r.Path.Contains("/thread-members/", StringComparison.Ordinal)).Select(r => r.Path.Split('/')[^1]);
        Assert.Equal([Anna, "2100000000000000002"], added);
        var mentions = host.Server.Messages.First(m => m.Json.GetProperty("content").GetString()!.StartsWith("<@", StringComparison.Ordinal)).Json.GetProperty("allowed_mentions");
        Assert.Equal([Anna, "2100000000000000002"], mentions.GetProperty("users").EnumerateArray().Select(u => u.GetString()));
    }

    [Fact]
    public async Task Introduction_ParticipantNotOnDiscord_NeedsRelay()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var channel = host.App.Services.GetServices<IChatChannel>().Single(c => c.Platform == ChatPlatform.Discord);
        var request = new PrivateConversationRequest("intro-2",
            new ConversationParticipant("m1", new PlatformIdentity(ChatPlatform.Discord, Anna), "Anna", null, true, new ChatReply("Hi")),
            new ConversationParticipant("m2", new PlatformIdentity(ChatPlatform.Web, "w1"), "Ben", null, true, new ChatReply("Hi")));

        Assert.Equal(PrivateConversationOutcome.NeedsRelay, await channel.OpenPrivateConversationAsync(request, CancellationToken.None));
    }

    [Fact]
    public async Task Send_DirectMessagesClosed_ReturnsUnreachable()
    {
        await using var host = await DiscordTestHost.StartAsync(server => server.ClosedDirectMessages[Anna] = true);
        var channel = host.App.Services.GetServices<IChatChannel>().Single(c => c.Platform == ChatPlatform.Discord);

        var outcome = await channel.SendAsync(new PlatformIdentity(ChatPlatform.Discord, Anna), new ChatReply("Hallo"), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Unreachable, outcome);
    }

    [Fact]
    public async Task DirectMessage_ReplyRefusedWith50007_CoreRecordsMemberUnreachable()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        var members = host.App.Services.GetRequiredService<IMemberStore>();
        var identity = new PlatformIdentity(ChatPlatform.Discord, Anna);
        await members.UpsertAsync(
            new Member { Id = "m-anna", DisplayName = "Anna", Consent = new ConsentRecord("t", DateTimeOffset.UnixEpoch), Identities = [identity] },
            CancellationToken.None);
        host.Server.ClosedDirectMessages[Anna] = true;

        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "/profile"));

        Assert.Contains(ChatPlatform.Discord, (await members.GetAsync("m-anna", CancellationToken.None))!.UnreachableOn);
    }

    [Fact]
    public async Task EveryMessage_CarriesAllowedMentions()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "Hallo @everyone"));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", SlashCommand(Anna, "help"));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", Button(Anna, "lang:en"));

        Assert.True(host.Server.Messages.Count() >= 3);
        Assert.All(host.Server.Messages, m => Assert.True(m.Json.TryGetProperty("allowed_mentions", out var mentions)
            && mentions.TryGetProperty("parse", out var parse) && parse.GetArrayLength() == 0, m.Path));
    }

    [Fact]
    public async Task BadEvent_DoesNotStopTheLoop()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.Gateway.DispatchAsync("MESSAGE_CREATE", new { id = "1", broken = true });
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage(Anna, "Hallo"));

        Assert.Contains(host.Server.Messages, m => m.Path == $"channels/9{Anna}/messages");
    }
}
