using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;

namespace CultureHub.TestKit.Hosting;

/// <summary>
/// Talks to the running host's core as a member of another platform (a Telegram or Discord id),
/// for hub staff: the web chat's anonymous visitors cannot be staff, and these tests are about
/// workshops, not about an adapter's wire format. Answers come back in the chat API's shape.
/// </summary>
public sealed class CoreChatClient(ChatRouter router, PlatformIdentity identity)
{
    public PlatformIdentity Identity => identity;

    public Task<ApiResponse> SayAsync(string text)
    {
        var sender = new ChatSender(identity, null, "de");
        ChatInput input = CommandParser.TryParse(sender, text, botUsername: null, out _) is { } command ? command : new TextInput(sender, text);
        return HandleAsync(input);
    }

    public Task<ApiResponse> PressAsync(string button) => HandleAsync(new ButtonInput(new ChatSender(identity, null, "de"), button));

    private async Task<ApiResponse> HandleAsync(ChatInput input)
    {
        var replies = await router.HandleAsync(input, CancellationToken.None);
        return new ApiResponse(replies.Select(r => new ApiReply(
            r.Text,
            r.Buttons.Select(b => new ApiButton(b.Id, b.Label)).ToList(),
            r.Attachment is { } file ? new ApiAttachment(file.FileName, file.ContentType, Convert.ToBase64String(file.Content.Span)) : null)).ToList());
    }
}
