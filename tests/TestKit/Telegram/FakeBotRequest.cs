using System.Globalization;
using System.Text.Json.Nodes;

namespace CultureHub.TestKit.Telegram;

/// <summary>One call the fake Bot API received, with its parameters as JSON (form fields included).</summary>
public sealed record FakeBotRequest(long Sequence, string Method, JsonObject Parameters)
{
    /// <summary>The chat a call is about: <c>chat_id</c>, or for the command menu methods the chat of a <c>BotCommandScopeChat</c>.</summary>
    public long? ChatId => (Parameters["chat_id"] ?? ScopeObject?["chat_id"]) is { } id && long.TryParse(id.ToString(), CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The <c>scope</c> of setMyCommands and friends, null for the default scope.</summary>
    public JsonObject? ScopeObject => Parameters["scope"] switch
    {
        JsonObject o => o,
        JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
        _ => null,
    };

    public string? Text => Parameters["text"]?.GetValue<string>();

    public int? Offset => Parameters["offset"] is { } offset && int.TryParse(offset.ToString(), CultureInfo.InvariantCulture, out var value) ? value : null;

    public bool IsMessage => Method is "sendMessage" or "sendDocument";

    /// <summary>The inline keyboard's buttons, row by row flattened: (text, callback_data or url).</summary>
    public IReadOnlyList<(string Text, string? Data, string? Url)> Buttons
    {
        get
        {
            var markup = Parameters["reply_markup"] switch
            {
                JsonObject o => o,
                JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
                _ => null,
            };
            return markup?["inline_keyboard"] is not JsonArray rows
                ? []
                : [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>())
                    .Select(b => (b["text"]!.GetValue<string>(), b["callback_data"]?.GetValue<string>(), b["url"]?.GetValue<string>()))];
        }
    }
}
