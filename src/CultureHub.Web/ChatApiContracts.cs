using System.Text.Json.Serialization;
using CultureHub.Core.Chat;

namespace CultureHub.Web;

/// <summary>A button; <see cref="StartsRow"/> (sent only when true) begins a new group on the page.</summary>
public sealed record ChatApiButton(
    string Id,
    string Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool StartsRow = false);

public sealed record ChatApiAttachment(string FileName, string ContentType, string Base64);

public sealed record ChatApiReply(
    string Text,
    IReadOnlyList<ChatApiButton> Buttons,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ChatApiAttachment? Attachment)
{
    public static ChatApiReply From(ChatReply reply) => new(
        reply.Text,
        reply.Buttons.Select(b => new ChatApiButton(b.Id, b.Label, b.StartsRow)).ToList(),
        reply.Attachment is { } file
            ? new ChatApiAttachment(file.FileName, file.ContentType, Convert.ToBase64String(file.Content.Span))
            : null);
}

public sealed record ChatApiResponse(IReadOnlyList<ChatApiReply> Replies)
{
    public static ChatApiResponse From(IEnumerable<ChatReply> replies) => new(replies.Select(ChatApiReply.From).ToList());
}

public sealed record ChatApiError(string Error);
