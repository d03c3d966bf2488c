using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using LiteDB;
using JsonSerializer = System.Text.Json.JsonSerializer;

namespace CultureHub.Storage;

/// <summary>
/// Maps Core's records to LiteDB documents through System.Text.Json, so Core needs no LiteDB
/// attributes and records with init-only or positional members round-trip as they are.
/// Dates are stored as ISO-8601 UTC strings, which sort and compare correctly.
/// </summary>
public static class BsonJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static BsonDocument ToDocument<T>(T value) =>
        (BsonDocument)ToBson(JsonSerializer.SerializeToNode(value, Options));

    public static T FromDocument<T>(BsonDocument document)
    {
        var node = ToJson(document);
        return node.Deserialize<T>(Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is empty.");
    }

    private static BsonValue ToBson(JsonNode? node) => node switch
    {
        null => BsonValue.Null,
        JsonObject obj => ToBsonDocument(obj),
        JsonArray array => new BsonArray(array.Select(ToBson)),
        JsonValue value => ToBsonScalar(value),
        _ => BsonValue.Null,
    };

    private static BsonDocument ToBsonDocument(JsonObject obj)
    {
        var document = new BsonDocument();
        foreach (var (key, value) in obj)
        {
            document[key] = ToBson(value);
        }

        return document;
    }

    private static BsonValue ToBsonScalar(JsonValue value)
    {
        var element = value.GetValue<JsonElement>();
        return element.ValueKind switch
        {
            JsonValueKind.String => new BsonValue(element.GetString()),
            JsonValueKind.True => new BsonValue(true),
            JsonValueKind.False => new BsonValue(false),
            JsonValueKind.Number when element.TryGetInt32(out var i) => new BsonValue(i),
            JsonValueKind.Number when element.TryGetInt64(out var l) => new BsonValue(l),
            JsonValueKind.Number => new BsonValue(element.GetDouble()),
            _ => BsonValue.Null,
        };
    }

    private static JsonNode? ToJson(BsonValue value) => value.Type switch
    {
        BsonType.Document => ToJsonObject(value.AsDocument),
        BsonType.Array => new JsonArray(value.AsArray.Select(ToJson).ToArray()),
        BsonType.String => JsonValue.Create(value.AsString),
        BsonType.Boolean => JsonValue.Create(value.AsBoolean),
        BsonType.Int32 => JsonValue.Create(value.AsInt32),
        BsonType.Int64 => JsonValue.Create(value.AsInt64),
        BsonType.Double => JsonValue.Create(value.AsDouble),
        BsonType.Decimal => JsonValue.Create(value.AsDecimal),
        BsonType.DateTime => JsonValue.Create(value.AsDateTime.ToUniversalTime()),
        BsonType.Guid => JsonValue.Create(value.AsGuid),
        _ => null,
    };

    private static JsonObject ToJsonObject(BsonDocument document)
    {
        var obj = new JsonObject();
        foreach (var (key, value) in document)
        {
            if (key != "_id" || value.IsDocument)
            {
                obj[key] = ToJson(value);
            }
        }

        return obj;
    }
}
