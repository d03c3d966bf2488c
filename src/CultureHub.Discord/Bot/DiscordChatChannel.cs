using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Discord as a channel for messages the core starts itself: DMs, introductions as a private
/// thread in the introductions channel with both members added, and posts in a hub's channel.
/// Closed DMs (50007) are reported as <see cref="DeliveryOutcome.Unreachable"/>; the core records it.
/// </summary>
public sealed partial class DiscordChatChannel(
    DiscordApi api,
    DirectMessageChannels directMessages,
    IMemberStore members,
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
        if (string.IsNullOrWhiteSpace(channelId)
            || request.First.Identity.Platform != ChatPlatform.Discord
            || request.Second.Identity.Platform != ChatPlatform.Discord)
        {
            return PrivateConversationOutcome.NeedsRelay;
        }

        try
        {
            var name = DiscordReplyFormatter.Truncate($"CultureHub: {request.First.DisplayName} & {request.Second.DisplayName}", 100);
            var threadId = await api.StartThreadAsync(channelId, new ThreadCreate(name, ThreadCreate.PrivateThread, Invitable: false, WeekInMinutes), cancellationToken);
            var userIds = new[] { request.First.Identity.UserId, request.Second.Identity.UserId };
            foreach (var userId in userIds)
            {
                await api.AddThreadMemberAsync(threadId, userId, cancellationToken);
            }

            // mentioning both is the point here, so exactly these two may be pinged
            var mentions = new AllowedMentions([], userIds);
            foreach (var participant in new[] { request.First, request.Second })
            {
                var content = $"<@{participant.Identity.UserId}> " + DiscordReplyFormatter.Escape(participant.Introduction.Text);
                foreach (var payload in DiscordReplyFormatter.FormatRaw(content, participant.Introduction, null, mentions))
                {
                    await api.CreateMessageAsync(threadId, payload, cancellationToken);
                }
            }

            await PointToThreadAsync(request, threadId, cancellationToken);
            LogIntroductionOpened(request.IntroductionId);
            return PrivateConversationOutcome.Opened;
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnauthorizedException or HttpRequestException)
        {
            LogIntroductionFailed(exception, request.IntroductionId);
            return PrivateConversationOutcome.Failed;
        }
    }

    /// <summary>A DM pointing to the thread; closed DMs are fine, the thread alone still works.</summary>
    private async Task PointToThreadAsync(PrivateConversationRequest request, string threadId, CancellationToken cancellationToken)
    {
        foreach (var participant in new[] { request.First, request.Second })
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
                LogThreadOnly(request.IntroductionId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Discord message could not be sent")]
    private partial void LogSendFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A Discord channel is missing or closed to the bot; the post is dropped")]
    private partial void LogSpaceUnusable(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId} opened as a private Discord thread")]
    private partial void LogIntroductionOpened(string introductionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Introduction {IntroductionId}: a member's DMs are closed, the thread alone carries it")]
    private partial void LogThreadOnly(string introductionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Introduction {IntroductionId} could not be opened on Discord")]
    private partial void LogIntroductionFailed(Exception exception, string introductionId);
}
