using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot.Requests;

namespace CultureHub.Telegram.Polling;

/// <summary>
/// <c>getUpdates</c> returning each update as raw JSON, so one update the SDK cannot read does
/// not poison the whole batch: its id is still known, and it is skipped instead of refetched forever.
/// </summary>
public sealed class RawGetUpdatesRequest(int? offset, int limit, int timeoutSeconds, IReadOnlyList<string> allowedUpdates)
    : RequestBase<JsonElement[]>("getUpdates")
{
    public override HttpContent ToHttpContent()
    {
        var body = new JsonObject
        {
            ["limit"] = limit,
            ["timeout"] = timeoutSeconds,
            ["allowed_updates"] = new JsonArray([.. allowedUpdates.Select(u => (JsonNode)JsonValue.Create(u))]),
        };
        if (offset is { } value)
        {
            body["offset"] = value;
        }

        return JsonContent.Create(body);
    }
}
