using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Posts a newly published workshop (its card, calendar file and sign-up button) to the hub's
/// Discord channel (<see cref="DiscordOptions.HubChannels"/>), when the hub has one. German, as the
/// hubs' channels are; nobody is pinged.
/// </summary>
public sealed partial class DiscordWorkshopAnnouncer(
    DiscordApi api,
    WorkshopMessages messages,
    IOptions<DiscordOptions> options,
    ILogger<DiscordWorkshopAnnouncer> logger) : IWorkshopAnnouncer
{
    public async Task AnnounceAsync(Workshop workshop, HubOptions hub, CancellationToken cancellationToken)
    {
        if (!options.Value.HubChannels.TryGetValue(hub.Id, out var channelId))
        {
            return;
        }

        try
        {
            var card = messages.Card(workshop, Language.De, confirmed: 0, waitlisted: 0, mine: null);
            foreach (var payload in DiscordReplyFormatter.Format(card, mentions: AllowedMentions.None))
            {
                await api.CreateMessageAsync(channelId, payload, cancellationToken);
            }

            LogAnnounced(workshop.Id, hub.Id);
        }
        catch (Exception exception) when (exception is DiscordApiException or DiscordUnauthorizedException or HttpRequestException)
        {
            LogAnnouncementFailed(exception, workshop.Id, hub.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Workshop {WorkshopId} announced in the Discord channel of hub {HubId}")]
    private partial void LogAnnounced(string workshopId, string hubId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workshop {WorkshopId} could not be announced in the Discord channel of hub {HubId}")]
    private partial void LogAnnouncementFailed(Exception exception, string workshopId, string hubId);
}
