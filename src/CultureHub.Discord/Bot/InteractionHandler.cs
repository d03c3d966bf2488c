using System.Text.Json;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Slash commands, autocomplete, buttons and modal submits. Each is acknowledged at once (Discord allows three
/// seconds), then the core's replies follow as follow-up messages, ephemeral in guild channels.
/// </summary>
public sealed class InteractionHandler(ChatRouter router, DiscordApi api, DirectMessageChannels directMessages, CommandAutocomplete autocomplete)
{
    /// <summary>Commands that start a conversation belong in DMs, not in a guild channel.</summary>
    private static readonly HashSet<string> ConversationCommands = new(["start", "edit"], StringComparer.Ordinal);

    public async Task HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (interaction.Sender is not { Bot: false } user)
        {
            return;
        }

        var sender = new ChatSender(new PlatformIdentity(ChatPlatform.Discord, user.Id), user.ShownName, interaction.Locale, user.Username);
        switch (interaction.Type)
        {
            case Interaction.ApplicationCommand:
                await CommandAsync(interaction, sender, cancellationToken);
                break;
            case Interaction.ApplicationCommandAutocomplete:
                var choices = await autocomplete.ChoicesAsync(interaction.Data, cancellationToken);
                await api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.AutocompleteResult, choices), cancellationToken);
                break;
            case Interaction.MessageComponent when interaction.Data?.CustomId is { } customId:
                await ComponentAsync(interaction, sender, customId, cancellationToken);
                break;
            case Interaction.ModalSubmit when interaction.Data?.CustomId is { } modalId:
                await ModalSubmitAsync(interaction, sender, modalId, cancellationToken);
                break;
        }
    }

    private async Task CommandAsync(Interaction interaction, ChatSender sender, CancellationToken cancellationToken)
    {
        var name = interaction.Data?.Name ?? string.Empty;
        var input = new CommandInput(sender, name, Arguments(name, interaction.Data?.Options));
        var flags = interaction.IsInGuild ? MessagePayload.EphemeralFlag : (int?)null;
        await api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredChannelMessage, new { flags }), cancellationToken);
        if (interaction.IsInGuild && ConversationCommands.Contains(name))
        {
            await MoveToDirectMessagesAsync(interaction, input, cancellationToken);
            return;
        }

        await FollowUpAsync(interaction, await router.HandleAsync(input, cancellationToken), cancellationToken);
    }

    private async Task MoveToDirectMessagesAsync(Interaction interaction, CommandInput input, CancellationToken cancellationToken)
    {
        var language = LanguageCodes.Parse(interaction.Locale) ?? Language.De;
        string notice;
        try
        {
            await directMessages.SendAsync(input.Sender.Identity.UserId, await router.HandleAsync(input, cancellationToken), cancellationToken);
            notice = DiscordTexts.DirectMessageSent(language);
        }
        catch (DiscordApiException exception) when (exception.IsCannotSendToUser)
        {
            notice = DiscordTexts.DirectMessagesClosed(language);
        }

        await FollowUpAsync(interaction, [new ChatReply(notice)], cancellationToken);
    }

    private async Task ComponentAsync(Interaction interaction, ChatSender sender, string customId, CancellationToken cancellationToken)
    {
        if (EditModal.For(interaction, customId) is { } modal)
        {
            await api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.Modal, modal), cancellationToken);
            return;
        }

        await api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredUpdateMessage), cancellationToken);
        await FollowUpAsync(interaction, await router.HandleAsync(new ButtonInput(sender, customId), cancellationToken), cancellationToken);
    }

    /// <summary>The modal stands for "press the edit button, then type the answer": both go to the core in that order.</summary>
    private async Task ModalSubmitAsync(Interaction interaction, ChatSender sender, string modalId, CancellationToken cancellationToken)
    {
        await api.RespondAsync(interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredUpdateMessage), cancellationToken);
        if (EditModal.ButtonIdOf(modalId) is not { } buttonId)
        {
            return;
        }

        var replies = await router.HandleAsync(new ButtonInput(sender, buttonId), cancellationToken);
        foreach (var value in EditModal.Values(interaction.Data?.Components))
        {
            replies = await router.HandleAsync(new TextInput(sender, value), cancellationToken);
        }

        await FollowUpAsync(interaction, replies, cancellationToken);
    }

    private async Task FollowUpAsync(Interaction interaction, IReadOnlyList<ChatReply> replies, CancellationToken cancellationToken)
    {
        var flags = interaction.IsInGuild ? MessagePayload.EphemeralFlag : (int?)null;
        foreach (var payload in replies.SelectMany(r => DiscordReplyFormatter.Format(r, flags)))
        {
            await api.FollowUpAsync(interaction.ApplicationId, interaction.Token, payload, cancellationToken);
        }
    }

    /// <summary>The options as the typed command would read (<c>Proberaum near Lohne</c>), in the command's own argument order.</summary>
    private string Arguments(string commandName, IReadOnlyList<InteractionOption>? options)
    {
        if (options is null)
        {
            return string.Empty;
        }

        var values = options.Select(o => (o.Name, o.Value.ValueKind == JsonValueKind.String ? o.Value.GetString() ?? string.Empty : o.Value.GetRawText())).ToList();
        var descriptor = router.Commands.FirstOrDefault(c => c.Descriptor.Name == commandName)?.Descriptor;
        return descriptor is null ? string.Join(' ', values.Select(v => v.Item2)) : CommandArguments.Join(descriptor, values);
    }
}
