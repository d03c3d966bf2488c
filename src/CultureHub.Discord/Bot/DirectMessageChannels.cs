using System.Collections.Concurrent;
using CultureHub.Core.Chat;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>
/// DM channel ids per user, opened with <c>POST /users/@me/channels</c> (which returns the existing
/// DM when there is one) and cached in memory only: nothing about a person is stored before they
/// consented, and nothing needs erasing when they delete their profile.
/// </summary>
public sealed class DirectMessageChannels(DiscordApi api)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public async Task<string> GetAsync(string userId, CancellationToken cancellationToken)
    {
        if (_channels.TryGetValue(userId, out var known))
        {
            return known;
        }

        var channelId = await api.CreateDirectMessageChannelAsync(userId, cancellationToken);
        _channels[userId] = channelId;
        return channelId;
    }

    /// <summary>Sends every part of every reply; a closed DM (50007) surfaces as <see cref="DiscordApiException"/>.</summary>
    public async Task SendAsync(string userId, IEnumerable<ChatReply> replies, CancellationToken cancellationToken)
    {
        var channelId = await GetAsync(userId, cancellationToken);
        foreach (var payload in replies.SelectMany(r => DiscordReplyFormatter.Format(r)))
        {
            await api.CreateMessageAsync(channelId, payload, cancellationToken);
        }
    }
}
