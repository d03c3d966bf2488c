using CultureHub.Core.Chat;
using CultureHub.Core.Commands;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Texts;
using Microsoft.Extensions.Logging;

namespace CultureHub.Core.Conversation;

/// <summary>
/// The one entry point every adapter calls: it finds who wrote, then routes commands, buttons and
/// text to their handlers. One member's messages are handled one at a time, so a double click
/// cannot race itself; a failure becomes a short apology and never escapes to the adapter's loop.
/// An input with a <see cref="ChatInput.ReceiptKey"/> is applied once: redelivered after a crash,
/// its receipt is found and it is not handled again.
/// </summary>
public sealed partial class ChatRouter(
    IMemberStore members,
    IInterviewStore sessions,
    IHandlingReceipts receipts,
    InterviewService interview,
    IEnumerable<IChatCommand> commands,
    IEnumerable<IButtonHandler> buttons,
    IEnumerable<ITextInterceptor> interceptors,
    ChatDelivery delivery,
    HelpText help,
    TextCatalog texts,
    CultureHubMetrics metrics,
    ILogger<ChatRouter> logger)
{
    private readonly KeyedLock _locks = new();
    private readonly Dictionary<string, IChatCommand> _commands = IndexCommands(commands.Append(new HelpCommand(help, commands)));
    private readonly Dictionary<string, IButtonHandler> _buttons = buttons.ToDictionary(b => b.Prefix, StringComparer.Ordinal);
    private readonly IReadOnlyList<ITextInterceptor> _interceptors = interceptors.OrderBy(i => i.Order).ToList();

    public IEnumerable<IChatCommand> Commands => _commands.Values.Distinct();

    private HelpCommand Help => (HelpCommand)_commands["help"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatInput input, CancellationToken cancellationToken)
    {
        if (input is BlockedInput)
        {
            // Not a message: the platform tells us we can no longer write there. Nothing to answer.
            await delivery.ReportUnreachableAsync(input.Sender.Identity, cancellationToken);
            return [];
        }

        metrics.CountMessage(input.Sender.Identity.Platform);
        using var held = await _locks.AcquireAsync(input.Sender.Identity.Key, cancellationToken);
        ChatContext? context = null;
        try
        {
            context = await LoadContextAsync(input, cancellationToken);
            return input.ReceiptKey is { } key
                ? await HandleOnceAsync(context, input, key, cancellationToken)
                : await RouteAsync(context, input, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            metrics.CountError(input.Sender.Identity.Platform);
            LogHandlingFailed(exception, input.Sender.Identity.Platform, input.GetType().Name);
            return Replies.One(texts.Get(context?.Language ?? Language.De, TextKeys.ErrorApology));
        }
    }

    /// <summary>
    /// The handling's writes carry its receipt. Found again: when the handling had finished, its
    /// replies went out already and nothing is repeated; when it stopped half-way (a crash after its
    /// change was stored), the member is shown where they are now instead of the change being made twice.
    /// </summary>
    private async Task<IReadOnlyList<ChatReply>> HandleOnceAsync(ChatContext context, ChatInput input, string key, CancellationToken cancellationToken)
    {
        var identityKey = input.Sender.Identity.Key;
        if (await receipts.FindAsync(identityKey, key, cancellationToken) is { } seen)
        {
            LogReplaySkipped(input.Sender.Identity.Platform, seen.IsComplete);
            return seen.IsComplete ? [] : interview.Start(context, null);
        }

        var receipt = new HandlingReceipt(identityKey, key);
        IReadOnlyList<ChatReply> replies;
        using (HandlingReceipt.Begin(receipt))
        {
            replies = await RouteAsync(context, input, cancellationToken);
        }

        if (receipt.IsRecorded)
        {
            await receipts.CompleteAsync(identityKey, key, cancellationToken);
        }

        return replies;
    }

    private async Task<ChatContext> LoadContextAsync(ChatInput input, CancellationToken cancellationToken)
    {
        var platform = input.Sender.Identity.Platform;
        var member = await members.FindByIdentityAsync(input.Sender.Identity, cancellationToken);
        if (member is not null)
        {
            member = await delivery.ReachableAgainAsync(member, platform, cancellationToken);
        }

        var session = await sessions.GetAsync(input.Sender.Identity.Key, cancellationToken);
        var language = member?.Language
            ?? session?.Language
            ?? (input is TextInput text ? LanguageGuesser.Guess(text.Text) : null)
            ?? LanguageCodes.Parse(input.Sender.LanguageCode)
            ?? Language.De;
        return new ChatContext(input.Sender, language, member, session);
    }

    private async Task<IReadOnlyList<ChatReply>> RouteAsync(ChatContext context, ChatInput input, CancellationToken cancellationToken)
    {
        switch (input)
        {
            case CommandInput command:
                return _commands.TryGetValue(command.Name, out var handler)
                    ? await handler.HandleAsync(context, command, cancellationToken)
                    : [new ChatReply(texts.Format(context.Language, TextKeys.CommandUnknown, command.Name)), Help.For(context)];
            case ButtonInput button:
                var split = button.ButtonId.Split(':', 2);
                return _buttons.TryGetValue(split[0], out var buttonHandler)
                    ? await buttonHandler.HandleAsync(context, split.Length > 1 ? split[1] : string.Empty, cancellationToken)
                    : Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated));
            case TextInput text:
                return await HandleTextAsync(context, text, cancellationToken);
            case LocationInput location:
                return await interview.LocationAsync(context, new GeoPoint(location.Latitude, location.Longitude), cancellationToken);
            default:
                return Replies.One(texts.Get(context.Language, TextKeys.InputUnsupported));
        }
    }

    private async Task<IReadOnlyList<ChatReply>> HandleTextAsync(ChatContext context, TextInput text, CancellationToken cancellationToken)
    {
        foreach (var interceptor in _interceptors)
        {
            if (await interceptor.TryHandleAsync(context, text, cancellationToken) is { } replies)
            {
                return replies;
            }
        }

        if (context.Session is not null)
        {
            return await interview.AnswerAsync(context, text.Text, cancellationToken);
        }

        return context.Member is null
            ? interview.Start(context, null)
            : [new ChatReply(texts.Get(context.Language, TextKeys.TextNotInConversation)), Help.For(context)];
    }

    private static Dictionary<string, IChatCommand> IndexCommands(IEnumerable<IChatCommand> commands)
    {
        var index = new Dictionary<string, IChatCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in commands)
        {
            index[command.Descriptor.Name] = command;
            foreach (var alias in command.Aliases)
            {
                index.TryAdd(alias, command);
            }
        }

        return index;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A {Platform} input arrived again and was not handled twice (it had finished: {WasComplete})")]
    private partial void LogReplaySkipped(ChatPlatform platform, bool wasComplete);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a {InputKind} from {Platform} failed")]
    private partial void LogHandlingFailed(Exception exception, ChatPlatform platform, string inputKind);
}
