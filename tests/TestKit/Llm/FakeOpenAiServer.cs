using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CultureHub.TestKit.Llm;

/// <summary>How the fake answers the next chat requests.</summary>
public enum FakeFailure
{
    None,
    MalformedJson,
    ServerError,
    RateLimited,
    Hang,
}

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 with a free port: <c>/v1/chat/completions</c> (with
/// <c>response_format</c> and <c>tools</c>) and <c>/v1/embeddings</c>. Records every request; a
/// script decides each answer; it can fail on demand (malformed JSON, 500, 429, hanging).
/// </summary>
public sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeChatRequest> _requests = new();

    private FakeOpenAiServer(WebApplication app) => _app = app;

    /// <summary>The base URL to put into <c>Llm:Endpoint</c> (without <c>/v1</c>, which the host appends).</summary>
    public string Endpoint => _app.Urls.First();

    public IReadOnlyList<FakeChatRequest> Requests => _requests.ToList();

    public FakeFailure Failure { get; set; }

    /// <summary>How the fake answers the next embeddings requests (apart from chat, so each step can fail alone).</summary>
    public FakeFailure EmbeddingFailure { get; set; }

    /// <summary>The vector for one input text; null answers letter frequencies.</summary>
    public Func<string, float[]?> Vectors { get; set; } = _ => null;

    public IReadOnlyList<FakeChatRequest> EmbeddingRequests => Requests.Where(r => r.Path == "/v1/embeddings").ToList();

    /// <summary>The JSON content to answer a chat request with; null answers "{}".</summary>
    public Func<FakeChatRequest, string?> Script { get; set; } = _ => null;

    /// <summary>When set and the request offers tools, the answer is this tool call (name, JSON arguments) instead.</summary>
    public Func<FakeChatRequest, (string Name, string Arguments)?> ToolCall { get; set; } = _ => null;

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", (Func<HttpContext, Task<IResult>>)server.ChatAsync);
        app.MapPost("/v1/embeddings", (Func<HttpContext, Task<IResult>>)server.EmbeddingsAsync);
        await app.StartAsync();
        return server;
    }

    private async Task<IResult> ChatAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        var request = new FakeChatRequest(context.Request.Path, body);
        _requests.Enqueue(request);
        switch (Failure)
        {
            case FakeFailure.ServerError:
                return Results.Json(new { error = new { message = "boom", type = "server_error" } }, statusCode: 500);
            case FakeFailure.RateLimited:
                context.Response.Headers.RetryAfter = "60";
                return Results.Json(new { error = new { message = "slow down", type = "rate_limit" } }, statusCode: 429);
            case FakeFailure.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return Results.Empty;
        }

        JsonObject message;
        if (request.HasTools && ToolCall(request) is { } call)
        {
            var function = new JsonObject { ["name"] = call.Name, ["arguments"] = call.Arguments };
            message = new JsonObject
            {
                ["role"] = "assistant",
                ["content"] = null,
                ["tool_calls"] = new JsonArray(new JsonObject { ["id"] = "call_1", ["type"] = "function", ["function"] = function }),
            };
        }
        else
        {
            var content = Failure == FakeFailure.MalformedJson ? "{\"ranking\": [ this is not json" : Script(request) ?? "{}";
            message = new JsonObject { ["role"] = "assistant", ["content"] = content };
        }

        return Results.Json(new JsonObject
        {
            ["id"] = "chatcmpl-fake",
            ["object"] = "chat.completion",
            ["created"] = 1_790_000_000,
            ["model"] = body["model"]?.GetValue<string>() ?? "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = message.ContainsKey("tool_calls") ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 30, ["total_tokens"] = 150 },
        });
    }

    private async Task<IResult> EmbeddingsAsync(HttpContext context)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body) ?? new JsonObject();
        _requests.Enqueue(new FakeChatRequest(context.Request.Path, body));
        switch (EmbeddingFailure)
        {
            case FakeFailure.ServerError:
                return Results.Json(new { error = new { message = "boom", type = "server_error" } }, statusCode: 500);
            case FakeFailure.RateLimited:
                context.Response.Headers.RetryAfter = "60";
                return Results.Json(new { error = new { message = "slow down", type = "rate_limit" } }, statusCode: 429);
            case FakeFailure.MalformedJson:
                return Results.Text("{\"data\": [ this is not json", "application/json");
            case FakeFailure.Hang:
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
                return Results.Empty;
        }

        var inputs = body["input"] is JsonArray array ? array.Select(i => i?.GetValue<string>() ?? string.Empty).ToList() : [body["input"]?.GetValue<string>() ?? string.Empty];
        var data = new JsonArray(inputs.Select((text, i) => (JsonNode)new JsonObject
        {
            ["object"] = "embedding",
            ["index"] = i,
            ["embedding"] = new JsonArray((Vectors(text) ?? Vector(text)).Select(v => (JsonNode)JsonValue.Create(v)).ToArray()),
        }).ToArray());
        return Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = body["model"]?.GetValue<string>() ?? "test-embedding",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 5, ["total_tokens"] = 5 },
        });
    }

    /// <summary>A deterministic small vector: letter frequencies, so similar words land close.</summary>
    private static float[] Vector(string text)
    {
        var vector = new float[26];
        foreach (var c in text.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z'))
        {
            vector[c - 'a']++;
        }

        return vector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>One recorded request, with the parts tests look at.</summary>
public sealed record FakeChatRequest(string Path, JsonNode Body)
{
    public string Raw => Body.ToJsonString();

    public bool HasTools => Body["tools"] is JsonArray { Count: > 0 };

    /// <summary>The name of the JSON schema in <c>response_format</c> (Semantic Kernel names it after the record type).</summary>
    public string? SchemaName => Body["response_format"]?["json_schema"]?["name"]?.GetValue<string>();

    public string System => Message("system");

    public string User => Message("user");

    private string Message(string role) => string.Join("\n", (Body["messages"] as JsonArray ?? [])
        .Where(m => m?["role"]?.GetValue<string>() == role)
        .Select(m => m?["content"] is JsonValue value ? value.GetValue<string>() : m?["content"]?.ToJsonString() ?? string.Empty));
}
