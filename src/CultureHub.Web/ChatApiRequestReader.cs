using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;

namespace CultureHub.Web;

/// <summary>A checked <c>POST /api/chat</c> body: exactly one of text or button, and the optional hints.</summary>
public sealed record ChatApiRequest(string? Text, string? Button, string? Name, string? Language)
{
    /// <summary>The request as the core's input from <paramref name="visitor"/>, whom the cookie names.</summary>
    public ChatInput ToInput(PlatformIdentity visitor)
    {
        var sender = new ChatSender(visitor, Name, Language);
        if (Button is not null)
        {
            return new ButtonInput(sender, Button);
        }

        return CommandParser.ReadTyped(sender, Text!);
    }
}

/// <summary>Reads and checks the chat API's JSON bodies, saying exactly what is wrong when it cannot.</summary>
public static class ChatApiRequestReader
{
    public const int MaxButtonIdLength = 100;

    /// <summary>An inbox asked for by user name: the server no longer takes anyone's word for who they are.</summary>
    public const string UserNotAccepted =
        "\"user\" is no longer accepted: the server keeps who you are in a cookie. Send back the cookie you got (curl: -c jar -b jar).";

    public static async Task<(ChatApiRequest? Request, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var (root, error) = await ParseAsync(body, "{\"text\": \"...\"} or {\"button\": \"<id>\"}", cancellationToken);
        return root is { } element ? Read(element) : (null, error);
    }

    /// <summary>The token of a <c>POST /api/chat/device</c> body and the language hint.</summary>
    public static async Task<(string? Token, string? Language, string? Error)> ReadDeviceAsync(Stream body, CancellationToken cancellationToken)
    {
        var (root, error) = await ParseAsync(body, "{\"token\": \"...\"}", cancellationToken);
        if (root is not { } element)
        {
            return (null, null, error);
        }

        var token = String(element, "token");
        return string.IsNullOrWhiteSpace(token)
            ? (null, null, "Send {\"token\": \"...\"} with the token from the link.")
            : (token, String(element, "language"), null);
    }

    private static (ChatApiRequest? Request, string? Error) Read(JsonElement root)
    {
        // A "user" field from scripts written for the old API is ignored, never believed: who is
        // talking comes from the sealed cookie alone, so an old script keeps working as itself.
        var text = String(root, "text");
        var button = String(root, "button");
        if ((text is null) == (button is null))
        {
            return (null, "Send exactly one of \"text\" or \"button\" (as a string).");
        }

        if (button is not null && button.Length is 0 or > MaxButtonIdLength)
        {
            return (null, $"\"button\" must be a button id of 1 to {MaxButtonIdLength} characters.");
        }

        return (new ChatApiRequest(text, button, String(root, "name"), String(root, "language")), null);
    }

    private static async Task<(JsonElement? Root, string? Error)> ParseAsync(Stream body, string example, CancellationToken cancellationToken)
    {
        try
        {
            using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? (document.RootElement.Clone(), null)
                : (null, "The body must be a JSON object.");
        }
        catch (JsonException)
        {
            return (null, $"The body is not valid JSON. Send {example}.");
        }
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
