using CultureHub.Core;
using CultureHub.Core.Chat;

namespace CultureHub.Storage;

/// <summary>An <see cref="OutboxItem"/> as stored: the message flattened the way the mailbox stores one.</summary>
internal sealed record StoredOutboxItem(
    string Key,
    RecipientKind RecipientKind,
    string RecipientKey,
    string? Text,
    IReadOnlyList<ChatButton>? Buttons,
    string? FileName,
    string? ContentType,
    byte[]? Content,
    IReadOnlyList<string> Concerns,
    OutboxState State,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? SettledAt,
    ChatPlatform? DeliveredOn)
{
    public static StoredOutboxItem From(OutboxItem item) => new(
        item.Key,
        item.To.Kind,
        item.To.Key,
        item.Message?.Text,
        item.Message?.Buttons,
        item.Message?.Attachment?.FileName,
        item.Message?.Attachment?.ContentType,
        item.Message?.Attachment?.Content.ToArray(),
        item.Concerns,
        item.State,
        item.Attempts,
        item.CreatedAt,
        item.NextAttemptAt,
        item.SettledAt,
        item.DeliveredOn);

    public OutboxItem ToItem() => new()
    {
        Key = Key,
        To = new Recipient(RecipientKind, RecipientKey),
        Message = Text is null ? null : new ChatReply(Text, Buttons ?? [], Attachment()) { About = Concerns },
        Concerns = Concerns,
        State = State,
        Attempts = Attempts,
        CreatedAt = CreatedAt,
        NextAttemptAt = NextAttemptAt,
        SettledAt = SettledAt,
        DeliveredOn = DeliveredOn,
    };

    private ChatAttachment? Attachment() =>
        FileName is null || ContentType is null || Content is null ? null : new ChatAttachment(FileName, ContentType, Content);
}
