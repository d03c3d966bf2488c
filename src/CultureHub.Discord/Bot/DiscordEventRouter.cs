using System.Threading.Channels;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Texts;
using CultureHub.Discord.Gateway;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Reads gateway dispatches and hands each to its handler, one member's events in order. Every
/// event is caught on its own: one bad payload never stops the loop.
/// </summary>
public sealed partial class DiscordEventRouter(
    DirectMessageHandler messages,
    InteractionHandler interactions,
    CommandAutocomplete autocomplete,
    ChatRouter router,
    DirectMessageChannels directMessages,
    DiscordApi api,
    TextCatalog texts,
    IOptions<DiscordOptions> options,
    ILogger<DiscordEventRouter> logger)
{
    private readonly KeyedLock _queues = new();
    private int _areCommandsRegistered;

    /// <summary>How many dispatches were handed to handlers; tests use it to wait for quiet.</summary>
    public long HandledCount => Interlocked.Read(ref _handled);

    private long _handled;

    public async Task ConsumeAsync(ChannelReader<GatewayDispatch> events, CancellationToken cancellationToken)
    {
        await foreach (var dispatch in events.ReadAllAsync(cancellationToken))
        {
            try
            {
                Route(dispatch, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogBadEvent(exception, dispatch.Type);
            }
        }

        await _queues.WhenIdleAsync();
    }

    private void Route(GatewayDispatch dispatch, CancellationToken cancellationToken)
    {
        switch (dispatch.Type)
        {
            case "READY":
                var applicationId = dispatch.Data.GetProperty("application").GetProperty("id").GetString()!;
                Run("ready", () => RegisterCommandsAsync(applicationId, cancellationToken), dispatch.Type);
                break;
            case "MESSAGE_CREATE":
                var message = DiscordJson.Read<DiscordMessage>(dispatch.Data);
                if (DirectMessageHandler.IsForUs(message))
                {
                    Run(message.Author.Id, () => messages.HandleAsync(message, cancellationToken), dispatch.Type);
                }

                break;
            case "INTERACTION_CREATE":
                var interaction = DiscordJson.Read<Interaction>(dispatch.Data);
                // not queued behind the member's other events: the 3-second answer window is short
                Run(interaction.Id, () => interactions.HandleAsync(interaction, cancellationToken), dispatch.Type);
                break;
            case "GUILD_MEMBER_ADD" when options.Value.WelcomeNewMembers:
                var added = DiscordJson.Read<GuildMemberAdd>(dispatch.Data);
                if (!added.User.Bot)
                {
                    Run(added.User.Id, () => WelcomeAsync(added.User, cancellationToken), dispatch.Type);
                }

                break;
        }
    }

    private void Run(string key, Func<Task> work, string type) =>
        _ = _queues.RunAsync(key, async _ =>
        {
            try
            {
                await work();
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception exception)
            {
                LogHandlerFailed(exception, type);
            }
            finally
            {
                Interlocked.Increment(ref _handled);
            }
        }, CancellationToken.None);

    private async Task WelcomeAsync(DiscordUser user, CancellationToken cancellationToken)
    {
        var sender = new ChatSender(new PlatformIdentity(ChatPlatform.Discord, user.Id), user.ShownName, null, user.Username);
        var replies = await router.HandleAsync(new CommandInput(sender, "start", "discord"), cancellationToken);
        try
        {
            await directMessages.SendAsync(user.Id, replies, cancellationToken);
        }
        catch (DiscordApiException exception) when (exception.IsCannotSendToUser)
        {
            LogWelcomeNotDelivered();
        }
    }

    private async Task RegisterCommandsAsync(string applicationId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _areCommandsRegistered, 1) == 1)
        {
            return;
        }

        var commands = SlashCommandCatalog.Build(router.Commands, texts, autocomplete.IsOffered);
        foreach (var guildId in options.Value.GuildIds)
        {
            try
            {
                await api.OverwriteGuildCommandsAsync(applicationId, guildId, commands, cancellationToken);
                LogCommandsRegistered(commands.Count, guildId);
            }
            catch (DiscordApiException exception)
            {
                LogCommandsFailed(exception, guildId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Discord event {Type} could not be read")]
    private partial void LogBadEvent(Exception exception, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling Discord event {Type} failed")]
    private partial void LogHandlerFailed(Exception exception, string type);

    [LoggerMessage(Level = LogLevel.Information, Message = "A welcome DM could not be delivered (DMs closed)")]
    private partial void LogWelcomeNotDelivered();

    [LoggerMessage(Level = LogLevel.Information, Message = "Registered {Count} slash commands in guild {GuildId}")]
    private partial void LogCommandsRegistered(int count, string guildId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Registering slash commands in guild {GuildId} failed")]
    private partial void LogCommandsFailed(Exception exception, string guildId);
}
