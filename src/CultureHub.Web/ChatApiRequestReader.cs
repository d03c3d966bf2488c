using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;

namespace CultureHub.Web;

/// <summary>Reads and checks a <c>POST /api/chat</c> body, saying exactly what is wrong when it cannot.</summary>
public static class ChatApiRequestReader
{
    public const int MaxUserIdLength = 64;
    public const int MaxButtonIdLength = 100;

    public static async Task<(ChatInput? Input, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        }
        catch (JsonException)
        {
            return (null, "The body is not valid JSON. Send {\"user\": \"<id>\", \"text\": \"...\"} or {\"user\": \"<id>\", \"button\": \"<id>\"}.");
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    private static (ChatInput? Input, string? Error) Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object.");
        }

        var user = String(root, "user");
        if (string.IsNullOrWhiteSpace(user) || user.Length > MaxUserIdLength || user.Any(char.IsControl))
        {
            return (null, $"\"user\" must be a non-empty string of at most {MaxUserIdLength} characters.");
        }

        var sender = new ChatSender(new PlatformIdentity(ChatPlatform.Web, user), String(root, "name"), String(root, "language"));
        var text = String(root, "text");
        var button = String(root, "button");
        if ((text is null) == (button is null))
        {
            return (null, "Send exactly one of \"text\" or \"button\" (as a string).");
        }

        if (button is not null)
        {
            return button.Length is > 0 and <= MaxButtonIdLength
                ? (new ButtonInput(sender, button), null)
                : (null, $"\"button\" must be a button id of 1 to {MaxButtonIdLength} characters.");
        }

        return (CommandParser.ReadTyped(sender, text!), null);
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
