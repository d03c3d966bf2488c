using System.Net.Http.Json;
using System.Text.Json;
using CultureHub.Discord.Bot;
using CultureHub.Discord.Gateway;
using CultureHub.Resilience;
using Microsoft.Extensions.DependencyInjection;
using static CultureHub.Discord.Tests.DiscordPayloads;

namespace CultureHub.Discord.Tests;

public sealed class GatewayTests
{
    [Fact]
    public async Task Gateway_Identify_SendsTokenAndOnlyConfiguredIntents()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        var identify = host.Gateway.FramesWithOp(2).First().Data;
        Assert.Equal("test-token", identify.GetProperty("token").GetString());
        var expected = (int)(GatewayIntents.Guilds | GatewayIntents.GuildMessages | GatewayIntents.DirectMessages);
        Assert.Equal(expected, identify.GetProperty("intents").GetInt32());
    }

    [Fact]
    public async Task Gateway_WelcomeEnabled_AddsGuildMembersIntent()
    {
        await using var host = await DiscordTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Discord:WelcomeNewMembers"] = "true" });
        await host.WaitForReadyAsync();

        var intents = (GatewayIntents)host.Gateway.FramesWithOp(2).First().Data.GetProperty("intents").GetInt32();
        Assert.True(intents.HasFlag(GatewayIntents.GuildMembers));
        Assert.False(intents.HasFlag(GatewayIntents.MessageContent));
    }

    [Fact]
    public async Task Gateway_Hello_HeartbeatsCarryLastSequence()
    {
        await using var host = await DiscordTestHost.StartAsync(server => server.Gateway.HeartbeatIntervalMs = 300);
        await host.WaitForReadyAsync();
        // READY is sequence 1; a beat the jitter fires before READY arrives carries null, as documented
        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(1).Count(IsSequenceOne) >= 2);

        Assert.All(host.Gateway.FramesWithOp(1), beat => Assert.True(
            beat.Data.ValueKind == JsonValueKind.Null || IsSequenceOne(beat), beat.Data.GetRawText()));

        static bool IsSequenceOne(TestKit.Discord.RecordedFrame beat) =>
            beat.Data.ValueKind == JsonValueKind.Number && beat.Data.GetInt64() == 1;
    }

    [Fact]
    public async Task Gateway_ServerRequestsHeartbeat_AnswersAtOnce()
    {
        await using var host = await DiscordTestHost.StartAsync(server => server.Gateway.HeartbeatIntervalMs = 60_000);
        await host.WaitForReadyAsync();
        var before = host.Gateway.FramesWithOp(1).Count();

        await host.Gateway.SendOpAsync(1, null);

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(1).Count() > before);
    }

    [Fact]
    public async Task Gateway_ServerDropsSocket_ResumesWithSessionAndSequence()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DirectMessage("2000000000000000001", "Hallo"));
        var sessionId = host.Gateway.SessionId;

        host.Gateway.DropConnection();
        // sent while the client is away: must arrive through the resume replay, exactly once
        await host.Gateway.DispatchAsync("MESSAGE_CREATE", DirectMessage("2000000000000000002", "Hallo"));
        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(6).Any());
        await DiscordTestHost.WaitUntilAsync(() => host.Router.HandledCount >= 3);

        var resume = host.Gateway.FramesWithOp(6).First().Data;
        Assert.Equal(sessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(2, resume.GetProperty("seq").GetInt64());
        Assert.Single(host.Gateway.FramesWithOp(2));
        await DiscordTestHost.WaitUntilAsync(() => host.Server.Messages.Any(m => m.Path == "channels/92000000000000000002/messages"));
        var repliesToSecond = host.Server.Messages.Count(m => m.Path == "channels/92000000000000000002/messages");
        var repliesToFirst = host.Server.Messages.Count(m => m.Path == "channels/92000000000000000001/messages");
        Assert.Equal(repliesToFirst, repliesToSecond);
    }

    [Fact]
    public async Task Gateway_ReplayedDuplicateAfterResume_IsHandledOnce()
    {
        var session = new GatewaySession();
        Assert.True(session.TryAdvance(1));
        Assert.True(session.TryAdvance(2));
        Assert.False(session.TryAdvance(2));
        Assert.False(session.TryAdvance(1));
        session.Invalidate();
        Assert.True(session.TryAdvance(1));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task Gateway_Op7Reconnect_Resumes()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.Gateway.SendOpAsync(7, null);

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(6).Any());
        Assert.Single(host.Gateway.FramesWithOp(2));
    }

    [Fact]
    public async Task Gateway_InvalidSessionResumable_Resumes()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.Gateway.SendOpAsync(9, true);

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(6).Any());
        Assert.Single(host.Gateway.FramesWithOp(2));
    }

    [Fact]
    public async Task Gateway_InvalidSessionNotResumable_IdentifiesAgain()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.Gateway.SendOpAsync(9, false);

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(2).Count() == 2);
        Assert.Empty(host.Gateway.FramesWithOp(6));
    }

    [Fact]
    public async Task Gateway_MissedHeartbeatAck_ReconnectsAndResumes()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        // the short interval starts only once a session exists, so the zombie check can only resume
        host.Gateway.HeartbeatIntervalMs = 200;
        host.Gateway.ShouldAcknowledgeHeartbeats = false;
        await host.Gateway.SendOpAsync(7, null);
        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.ConnectionCount >= 3);
        host.Gateway.ShouldAcknowledgeHeartbeats = true;
        host.Gateway.HeartbeatIntervalMs = 41_250;

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(6).Any(f => f.Connection >= 3));
        Assert.Single(host.Gateway.FramesWithOp(2));
        Assert.All(host.Gateway.FramesWithOp(6), resume => Assert.Equal(host.Gateway.SessionId, resume.Data.GetProperty("session_id").GetString()));
    }

    [Fact]
    public async Task Gateway_ResumeKeepsFailing_EndsInIdentify()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        host.Gateway.ResumeBehavior = TestKit.Discord.ResumeBehavior.CloseSocket;
        host.Gateway.DropConnection();

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(2).Count() == 2);
        Assert.Equal(3, host.Gateway.FramesWithOp(6).Count());
    }

    [Fact]
    public async Task Gateway_Close4009_IdentifiesAgain()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        await host.Gateway.CloseAsync(4009);

        await DiscordTestHost.WaitUntilAsync(() => host.Gateway.FramesWithOp(2).Count() == 2);
        Assert.Empty(host.Gateway.FramesWithOp(6));
    }

    [Fact]
    public async Task Gateway_Close4004_StopsAdapterAndHostKeepsRunning()
    {
        await using var host = await DiscordTestHost.StartAsync(server => server.Gateway.IdentifyCloseCode = 4004);
        var status = host.App.Services.GetRequiredKeyedService<AdapterStatus>(DiscordServiceCollectionExtensions.AdapterName);

        await DiscordTestHost.WaitUntilAsync(() => status.State == AdapterState.Stopped);

        Assert.Contains("4004", status.Reason, StringComparison.Ordinal);
        Assert.Contains("token", status.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("test-token", status.Reason, StringComparison.Ordinal);
        Assert.Equal(1, host.Gateway.ConnectionCount);
        using var http = new HttpClient { BaseAddress = CultureHubHost.ListeningAddress(host.App) };
        var health = await http.GetFromJsonAsync<Dictionary<string, string>>("/healthz");
        Assert.Equal("ok", health!["status"]);
    }
}
