using System.Text.Json;

namespace CultureHub.TestKit.Discord;

/// <summary>A REST request the fake received; <see cref="Body"/> is the JSON (payload_json for multipart).</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, string? UserAgent)
{
    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "{}" : Body).RootElement.Clone();

    public bool IsMessage => Method == "POST"
        && ((Path.StartsWith("channels/", StringComparison.Ordinal) && Path.EndsWith("/messages", StringComparison.Ordinal))
            || Path.StartsWith("webhooks/", StringComparison.Ordinal));
}

/// <summary>A frame the client sent to the fake gateway, with the connection it came on (1-based).</summary>
public sealed record RecordedFrame(int Connection, int Op, JsonElement Data);

/// <summary>A canned answer for the next request matching <see cref="PathPrefix"/>.</summary>
public sealed record ScriptedResponse(string Method, string PathPrefix, int Status, string Body, IReadOnlyDictionary<string, string>? Headers = null);

public enum ResumeBehavior
{
    Accept,
    CloseSocket,
}
