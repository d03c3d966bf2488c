using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Discord as a channel for messages the core starts itself: DMs, introductions and project teams
/// as a private thread in the introductions channel with every member added, and posts in a hub's
/// channel. Closed DMs (50007) are reported as <see cref="DeliveryOutcome.Unreachable"/>; the core records it.
/// </summary>
public sealed partial class DiscordChatChannel(
    DiscordApi api,
    DirectMessageChannels directMessages,
    IMemberStore members,
    IAdapterStateStore state,
    IOptions<DiscordOptions> options,
    ILogger<DiscordChatChannel> logger) : IChatChannel
{
    private const int WeekInMinutes = 10080;

    public ChatPlatform Platform => ChatPlatform.Discord;

    public async Task<DeliveryOutcome> SendAsync(PlatformIdentity recipient, ChatReply message, CancellationToken cancellationToken)
    {
        if (recipient.Platform != ChatPlatform.Discord)
        {
            return DeliveryOutcome.Unreachable;
        }

        try
        {
            await directMessages.SendAsync(recipient.UserId, [message], cancellationToken);
            return DeliveryOutcome.Delivered;
        }
        catch (DiscordApiException exception) when (exception.IsCannotSendToUser)
        {
            return DeliveryOutcome.Unreachable;
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnauthorizedException or HttpRequestException)
        {
            LogSendFailed(exception);
            return DeliveryOutcome.Failed;
        }
    }

    /// <summary>A hub's channel: German like the hubs' channels, nobody pinged.</summary>
    public async Task<DeliveryOutcome> PostToSpaceAsync(string spaceId, ChatReply message, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var payload in DiscordReplyFormatter.Format(message, mentions: AllowedMentions.None))
            {
                await api.CreateMessageAsync(spaceId, payload, cancellationToken);
            }

            return DeliveryOutcome.Delivered;
        }
        catch (DiscordApiException exception) when (exception.Status is System.Net.HttpStatusCode.NotFound or System.Net.HttpStatusCode.Forbidden)
        {
            LogSpaceUnusable(exception);
            return DeliveryOutcome.Unreachable;
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnauthorizedException or HttpRequestException)
        {
            LogSendFailed(exception);
            return DeliveryOutcome.Failed;
        }
    }

    public async Task<PrivateConversationOutcome> OpenPrivateConversationAsync(PrivateConversationRequest request, CancellationToken cancellationToken)
    {
        var channelId = options.Value.IntroductionsChannelId;
        if (string.IsNullOrWhiteSpace(channelId) || request.Participants.Any(p => p.Identity.Platform != ChatPlatform.Discord))
        {
            return PrivateConversationOutcome.NeedsRelay;
        }

        try
        {
            var threadId = await ThreadForAsync(request, channelId, cancellationToken);
            var userIds = request.Participants.Select(p => p.Identity.UserId).ToArray();
            foreach (var userId in userIds)
            {
                await api.AddThreadMemberAsync(threadId, userId, cancellationToken);
            }

            // mentioning the people brought in is the point here, so exactly these may be pinged
            var mentions = new AllowedMentions([], userIds);
            foreach (var participant in request.Participants)
            {
                var content = $"<@{participant.Identity.UserId}> " + DiscordReplyFormatter.Escape(participant.Introduction.Text);
                foreach (var payload in DiscordReplyFormatter.FormatRaw(content, participant.Introduction, null, mentions))
                {
                    await api.CreateMessageAsync(threadId, payload, cancellationToken);
                }
            }

            await PointToThreadAsync(request, threadId, cancellationToken);
            LogConversationOpened(request.ConversationId, userIds.Length);
            return PrivateConversationOutcome.Opened;
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnauthorizedException or HttpRequestException)
        {
            LogConversationFailed(exception, request.ConversationId);
            return PrivateConversationOutcome.Failed;
        }
    }

    /// <summary>
    /// A new private thread, or — for a team that grows — the one opened for its first members,
    /// remembered by conversation id so newcomers join the same thread.
    /// </summary>
    private async Task<string> ThreadForAsync(PrivateConversationRequest request, string channelId, CancellationToken cancellationToken)
    {
        var key = "discord:thread:" + request.ConversationId;
        if (request.IsGroup && await state.GetAsync(key, cancellationToken) is { Length: > 0 } known)
        {
            return known;
        }

        var title = request.Title ?? string.Join(" & ", request.Participants.Select(p => p.DisplayName));
        var name = DiscordReplyFormatter.Truncate($"CultureHub: {title}", 100);
        var threadId = await api.StartThreadAsync(channelId, new ThreadCreate(name, ThreadCreate.PrivateThread, Invitable: false, WeekInMinutes), cancellationToken);
        if (request.IsGroup)
        {
            await state.SetAsync(key, threadId, cancellationToken);
        }

        return threadId;
    }

    /// <summary>A DM pointing to the thread; closed DMs are fine, the thread alone still works.</summary>
    private async Task PointToThreadAsync(PrivateConversationRequest request, string threadId, CancellationToken cancellationToken)
    {
        foreach (var participant in request.Participants)
        {
            try
            {
                var language = (await members.GetAsync(participant.MemberId, cancellationToken))?.Language ?? Language.De;
                var channel = await directMessages.GetAsync(participant.Identity.UserId, cancellationToken);
                var pointer = new ChatReply(DiscordTexts.ThreadPointer(language, threadId));
                foreach (var payload in DiscordReplyFormatter.FormatRaw(pointer.Text, pointer, null, AllowedMentions.None))
                {
                    await api.CreateMessageAsync(channel, payload, cancellationToken);
                }
            }
            catch (DiscordApiException exception) when (exception.IsCannotSendToUser)
            {
                LogThreadOnly(request.ConversationId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Discord message could not be sent")]
    private partial void LogSendFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Discord channel is missing or closed to the bot; the post is dropped")]
    private partial void LogSpaceUnusable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId} opened as a private Discord thread with {Members} members added")]
    private partial void LogConversationOpened(string conversationId, int members);

    [LoggerMessage(Level = LogLevel.Information, Message = "Conversation {ConversationId}: a member's DMs are closed, the thread alone carries it")]
    private partial void LogThreadOnly(string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Conversation {ConversationId} could not be opened on Discord")]
    private partial void LogConversationFailed(Exception exception, string conversationId);
}
