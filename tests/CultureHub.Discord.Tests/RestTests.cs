using CultureHub.Core.Chat;
using CultureHub.Discord.Rest;
using CultureHub.TestKit.Discord;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Discord.Tests;

public sealed class RestTests
{
    private static MessagePayload Hello => new("hello", AllowedMentions.None);

    [Fact]
    public async Task Rest_RouteRateLimited_RetriesAfterRetryAfter()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var api = host.App.Services.GetRequiredService<DiscordApi>();
        host.Server.Script(new ScriptedResponse("POST", "channels/42/messages", 429,
            """{"message":"You are being rate limited.","retry_after":0.05,"global":false}"""));

        await api.CreateMessageAsync("42", Hello, CancellationToken.None);

        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "channels/42/messages"));
    }

    [Fact]
    public async Task Rest_GlobalRateLimit_PausesOtherRoutesUntilRetryAfter()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var api = host.App.Services.GetRequiredService<DiscordApi>();
        host.Server.Script(new ScriptedResponse("POST", "channels/43/messages", 429,
            """{"message":"You are being rate limited.","retry_after":0.05,"global":true}""",
            new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }));

        await api.CreateMessageAsync("43", Hello, CancellationToken.None);
        await api.CreateMessageAsync("44", Hello, CancellationToken.None);

        var paths = host.Server.Requests.Select(r => r.Path).Where(p => p.StartsWith("channels/4", StringComparison.Ordinal)).ToList();
        Assert.Equal(["channels/43/messages", "channels/43/messages", "channels/44/messages"], paths);
    }

    [Fact]
    public async Task Rest_BurstOf200_RespectsBucketHeaders()
    {
        await using var host = await DiscordTestHost.StartAsync(server =>
        {
            server.MessageBucketLimit = 20;
            server.MessageBucketWindow = TimeSpan.FromMilliseconds(100);
        });
        var api = host.App.Services.GetRequiredService<DiscordApi>();

        await Task.WhenAll(Enumerable.Range(0, 200).Select(i => api.CreateMessageAsync("45", Hello with { Content = $"m{i}" }, CancellationToken.None)));

        Assert.Equal(0, host.Server.BucketViolations);
        Assert.Equal(200, host.Server.Requests.Count(r => r.Path == "channels/45/messages"));
    }

    [Fact]
    public async Task Rest_ServerError_IsRetried()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var api = host.App.Services.GetRequiredService<DiscordApi>();
        host.Server.Script(new ScriptedResponse("POST", "channels/46/messages", 502, """{"message":"Bad Gateway","code":0}"""));

        await api.CreateMessageAsync("46", Hello, CancellationToken.None);

        Assert.Equal(2, host.Server.Requests.Count(r => r.Path == "channels/46/messages"));
    }

    [Fact]
    public async Task Rest_Unauthorized_StopsAllRequests()
    {
        await using var host = await DiscordTestHost.StartAsync();
        var api = host.App.Services.GetRequiredService<DiscordApi>();
        host.Server.Script(new ScriptedResponse("POST", "channels/47/messages", 401, """{"message":"401: Unauthorized","code":0}"""));

        await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => api.CreateMessageAsync("47", Hello, CancellationToken.None));
        var before = host.Server.Requests.Count;
        await Assert.ThrowsAsync<DiscordUnauthorizedException>(() => api.CreateMessageAsync("48", Hello, CancellationToken.None));

        Assert.Equal(before, host.Server.Requests.Count);
    }

    [Fact]
    public async Task Rest_Headers_BotTokenAndDiscordBotUserAgent()
    {
        await using var host = await DiscordTestHost.StartAsync();
        await host.WaitForReadyAsync();

        var request = host.Server.Requests.First(r => r.Path == "gateway/bot");
        Assert.Equal("Bot test-token", request.Authorization);
        Assert.StartsWith("DiscordBot (", request.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void RestRoute_MajorParameters_KeyBuckets()
    {
        Assert.Equal("POST channels/{major}/messages", new RestRoute(HttpMethod.Post, "channels/1/messages").RouteKey);
        Assert.Equal("1", new RestRoute(HttpMethod.Post, "channels/1/messages").MajorParameter);
        Assert.Equal("5/tok", new RestRoute(HttpMethod.Post, "webhooks/5/tok").MajorParameter);
        Assert.True(new RestRoute(HttpMethod.Post, "interactions/9/tok/callback").IsInteractionCallback);
        Assert.Equal("PUT channels/{major}/thread-members/{id}", new RestRoute(HttpMethod.Put, "channels/1/thread-members/2").RouteKey);
    }

    [Fact]
    public void Formatter_LongTextAndManyButtons_SplitsAndLimits()
    {
        var buttons = Enumerable.Range(0, 30).Select(i => new ChatButton($"b:{i}", new string('x', 100))).ToList();
        var reply = new ChatReply(string.Join(' ', Enumerable.Repeat("wort", 1000)), buttons);

        var payloads = Bot.DiscordReplyFormatter.Format(reply);

        Assert.True(payloads.Count >= 3);
        Assert.All(payloads, p => Assert.True(p.Content!.Length <= 2000));
        var rows = payloads[^1].Components!;
        Assert.Equal(5, rows.Count);
        Assert.All(rows, row => Assert.True(row.Components!.Count <= 5));
        Assert.All(rows.SelectMany(r => r.Components!), b => Assert.True(b.Label!.Length <= 80));
        Assert.All(payloads, p => Assert.Empty(p.AllowedMentions.Parse));
    }

    [Fact]
    public void Formatter_GroupedButtons_StartRowsWhereTheCoreSays()
    {
        ChatButton[] buttons =
        [
            new("a:1", "1"), new("a:2", "2"),
            new("b:1", "x") { StartsRow = true }, new("b:2", "y"),
            new("c:1", "z") { StartsRow = true },
        ];

        var rows = Bot.DiscordReplyFormatter.Rows(buttons);

        Assert.Equal([["a:1", "a:2"], ["b:1", "b:2"], ["c:1"]], rows.Select(r => r.Components!.Select(b => b.CustomId!).ToArray()).ToArray());
    }

    [Fact]
    public void Formatter_TooManyGroupsForFiveRows_PacksFiveToARowInstead()
    {
        var buttons = Enumerable.Range(0, 12).Select(i => new ChatButton($"g:{i}", "x") { StartsRow = i % 2 == 0 }).ToList();

        var rows = Bot.DiscordReplyFormatter.Rows(buttons);

        Assert.Equal([5, 5, 2], rows.Select(r => r.Components!.Count));
        Assert.Equal(buttons.Select(b => b.Id), rows.SelectMany(r => r.Components!).Select(b => b.CustomId));
    }
}
