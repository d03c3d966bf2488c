using System.Text.Json;
using CultureHub.Core.Workshops;
using CultureHub.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace CultureHub.Discord.Bot;

/// <summary>
/// Discord autocomplete from the core's <see cref="ICommandArgumentSource"/>s: which commands offer it,
/// and the choices for what the member has typed so far.
/// </summary>
public sealed partial class CommandAutocomplete(IEnumerable<ICommandArgumentSource> sources, ILogger<CommandAutocomplete> logger)
{
    public const int MaxChoices = 25;
    public const int MaxChoiceLength = 100;
    private readonly IReadOnlyList<ICommandArgumentSource> _sources = [.. sources];

    public bool IsOffered(string commandName, string argumentName) => _sources.Any(s => s.Handles(commandName, argumentName));

    /// <summary>
    /// Always an answer, empty when nothing fits or a source fails: an autocomplete interaction
    /// cannot be deferred, so there is no later chance to apologise.
    /// </summary>
    public async Task<AutocompleteChoices> ChoicesAsync(InteractionData? data, CancellationToken cancellationToken)
    {
        var commandName = data?.Name ?? string.Empty;
        var focused = data?.Options?.FirstOrDefault(o => o.Focused);
        var argumentName = focused?.Name ?? SlashCommandCatalog.ArgumentOption;
        if (_sources.FirstOrDefault(s => s.Handles(commandName, argumentName)) is not { } source)
        {
            return new AutocompleteChoices([]);
        }

        try
        {
            var suggestions = await source.SuggestAsync(commandName, argumentName, Partial(focused), cancellationToken);
            return new AutocompleteChoices(suggestions
                .Where(s => s.Value.Length is > 0 and <= MaxChoiceLength)
                .Select(s => new CommandChoice(DiscordReplyFormatter.Truncate(string.IsNullOrWhiteSpace(s.Label) ? s.Value : s.Label, MaxChoiceLength), s.Value))
                .Take(MaxChoices)
                .ToList());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSuggestionsFailed(exception, commandName);
            return new AutocompleteChoices([]);
        }
    }

    /// <summary>The focused option's value; Discord sends it as a string whatever the option's type.</summary>
    private static string Partial(InteractionOption? focused) =>
        focused is null ? string.Empty
            : focused.Value.ValueKind == JsonValueKind.String ? focused.Value.GetString() ?? string.Empty : focused.Value.GetRawText();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Autocomplete suggestions for /{Command} failed")]
    private partial void LogSuggestionsFailed(Exception exception, string command);
}
