using System.Text.Json.Nodes;

namespace CultureHub.TestKit.Telegram;

/// <summary>Someone writing to the bot, as Telegram describes users.</summary>
public sealed record FakeTelegramUser(long Id, string FirstName, string? Username = null, string LanguageCode = "de");

/// <summary>Update payloads shaped like the examples in the Bot API documentation (without update_id, which the fake assigns).</summary>
public static class FakeUpdates
{
    private static long _messageId;

    public static JsonObject Text(FakeTelegramUser user, string text, JsonObject? chat = null)
    {
        var message = Message(user, chat);
        message["text"] = text;
        if (text.StartsWith('/'))
        {
            var length = text.IndexOf(' ', StringComparison.Ordinal) is var space and > 0 ? space : text.Length;
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
        }

        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Button(FakeTelegramUser user, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb{Interlocked.Increment(ref _messageId)}",
            ["from"] = From(user),
            ["message"] = Message(user, null),
            ["chat_instance"] = "-42",
            ["data"] = data,
        },
    };

    public static JsonObject Location(FakeTelegramUser user, double latitude, double longitude)
    {
        var message = Message(user, null);
        message["location"] = new JsonObject { ["latitude"] = latitude, ["longitude"] = longitude };
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Sticker(FakeTelegramUser user)
    {
        var message = Message(user, null);
        message["sticker"] = new JsonObject
        {
            ["file_id"] = "CAACAgIAAxkBAAE",
            ["file_unique_id"] = "AgADBAAD",
            ["type"] = "regular",
            ["width"] = 512,
            ["height"] = 512,
            ["is_animated"] = false,
            ["is_video"] = false,
        };
        return new JsonObject { ["message"] = message };
    }

    public static JsonObject Edited(FakeTelegramUser user, string text)
    {
        var message = Message(user, null);
        message["text"] = text;
        message["edit_date"] = 1_700_000_100;
        return new JsonObject { ["edited_message"] = message };
    }

    public static JsonObject Blocked(FakeTelegramUser user, FakeTelegramUser bot) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = PrivateChat(user),
            ["from"] = From(user),
            ["date"] = 1_700_000_000,
            ["old_chat_member"] = new JsonObject { ["status"] = "member", ["user"] = Bot(bot) },
            ["new_chat_member"] = new JsonObject { ["status"] = "kicked", ["user"] = Bot(bot), ["until_date"] = 0 },
        },
    };

    public static JsonObject Group(long id, string title = "Kulturstammtisch") =>
        new() { ["id"] = id, ["title"] = title, ["type"] = "supergroup" };

    public static JsonObject PrivateChat(FakeTelegramUser user) =>
        new() { ["id"] = user.Id, ["first_name"] = user.FirstName, ["type"] = "private" };

    public static JsonObject From(FakeTelegramUser user)
    {
        var from = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName, ["language_code"] = user.LanguageCode };
        if (user.Username is not null)
        {
            from["username"] = user.Username;
        }

        return from;
    }

    private static JsonObject Bot(FakeTelegramUser bot) =>
        new() { ["id"] = bot.Id, ["is_bot"] = true, ["first_name"] = bot.FirstName, ["username"] = bot.Username };

    private static JsonObject Message(FakeTelegramUser user, JsonObject? chat) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _messageId),
        ["from"] = From(user),
        ["chat"] = chat?.DeepClone() ?? PrivateChat(user),
        ["date"] = 1_700_000_000,
    };
}
