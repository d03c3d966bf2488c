using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace CultureHub.TestKit.Telegram;

/// <summary>Answers <c>/bot&lt;token&gt;/&lt;method&gt;</c> the way the Bot API does.</summary>
internal static class FakeBotEndpoint
{
    private static long _messageId = 5_000;

    public static async Task HandleAsync(FakeBotState state, HttpContext context)
    {
        var segments = (context.Request.Path.Value ?? string.Empty).Trim('/').Split('/');
        var method = segments.Length == 2 ? segments[1] : string.Empty;
        var request = state.Record(method, await ReadParametersAsync(context.Request));
        if (segments.Length != 2 || segments[0] != "bot" + state.Token)
        {
            await ErrorAsync(context, 401, "Unauthorized");
            return;
        }

        if (state.TakeFailure(method, request.ChatId) is { } failure)
        {
            await ErrorAsync(context, failure.ErrorCode, failure.Description, failure.RetryAfter);
            return;
        }

        if (!await WaitAsync(state, method, request, context.RequestAborted))
        {
            return;
        }

        JsonNode? result = method switch
        {
            "getMe" => BotUser(state.Bot),
            "getUpdates" => await GetUpdatesAsync(state, request, context.RequestAborted),
            "sendMessage" => await SentMessageAsync(state, request, context.RequestAborted),
            "sendDocument" => SentDocument(request),
            "answerCallbackQuery" or "setMyCommands" or "deleteMyCommands" or "deleteWebhook" => true,
            _ => null,
        };
        if (result is null)
        {
            await ErrorAsync(context, 404, "Not Found");
            return;
        }

        await WriteAsync(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
        state.MarkAnswered(request);
    }

    /// <summary>A planned hang, or a held chat: false when the client gave up waiting.</summary>
    private static async Task<bool> WaitAsync(FakeBotState state, string method, FakeBotRequest request, CancellationToken aborted)
    {
        try
        {
            if (state.TakeHang(method) is { } hang)
            {
                await Task.Delay(hang, aborted);
            }

            if (request.IsMessage)
            {
                await state.WhileHeldAsync(request.ChatId, aborted);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static async Task<JsonNode> GetUpdatesAsync(FakeBotState state, FakeBotRequest request, CancellationToken aborted)
    {
        var limit = int.TryParse(request.Parameters["limit"]?.ToString(), CultureInfo.InvariantCulture, out var l) ? l : 100;
        var timeout = int.TryParse(request.Parameters["timeout"]?.ToString(), CultureInfo.InvariantCulture, out var t) ? t : 0;
        var wait = TimeSpan.FromSeconds(timeout) < state.LongPollWait ? TimeSpan.FromSeconds(timeout) : state.LongPollWait;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(aborted, state.Closed);
        patience.CancelAfter(wait);

        // Telegram confirms the updates below the offset when the request arrives, once: a long poll still
        // open from a stopped bot must not confirm an update served again later under an older id.
        state.Confirm(request.Offset);
        while (true)
        {
            var changed = state.NextRequestAsync(CancellationToken.None);
            var updates = state.Take(request.Offset, limit);
            if (updates.Count > 0 || patience.IsCancellationRequested)
            {
                return updates;
            }

            try
            {
                await changed.WaitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // The long poll ends empty, as Telegram's does.
            }
        }
    }

    private static async Task<JsonNode> SentMessageAsync(FakeBotState state, FakeBotRequest request, CancellationToken aborted)
    {
        if (state.SendDelay > TimeSpan.Zero)
        {
            await Task.Delay(state.SendDelay, aborted);
        }

        var message = Message(request);
        message["text"] = request.Text ?? string.Empty;
        return message;
    }

    private static JsonObject SentDocument(FakeBotRequest request)
    {
        var message = Message(request);
        message["document"] = new JsonObject
        {
            ["file_id"] = "BQACAgIAAxkBAAI",
            ["file_unique_id"] = "AgADxyz",
            ["file_name"] = request.Parameters["document"]?["file_name"]?.DeepClone(),
        };
        return message;
    }

    private static JsonObject Message(FakeBotRequest request) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _messageId),
        ["date"] = 1_700_000_000,
        ["chat"] = new JsonObject { ["id"] = request.ChatId ?? 0, ["type"] = "private" },
    };

    private static JsonObject BotUser(FakeTelegramUser bot) => new()
    {
        ["id"] = bot.Id,
        ["is_bot"] = true,
        ["first_name"] = bot.FirstName,
        ["username"] = bot.Username,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }

            foreach (var file in form.Files)
            {
                // Telegram.Bot uploads as "document": "attach://<part>"; the fake resolves the reference.
                var attached = parameters.FirstOrDefault(p => p.Value is JsonValue v && v.ToString() == "attach://" + file.Name).Key ?? file.Name;
                parameters.Remove(file.Name);
                parameters[attached] = new JsonObject { ["file_name"] = file.FileName, ["length"] = file.Length };
            }
        }
        else if (request.ContentLength is not 0 && request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            if (await JsonNode.ParseAsync(request.Body) is JsonObject body)
            {
                foreach (var (key, value) in body)
                {
                    parameters[key] = value?.DeepClone();
                }
            }
        }

        return parameters;
    }

    private static Task ErrorAsync(HttpContext context, int code, string description, int? retryAfter = null)
    {
        var error = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
        {
            error["parameters"] = new JsonObject { ["retry_after"] = seconds };
        }

        return WriteAsync(context, code, error);
    }

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(JsonSerializerOptions.Default));
    }
}
