using System.Text.RegularExpressions;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>The core's commands as Discord slash commands, with German and English names and descriptions.</summary>
public static partial class SlashCommandCatalog
{
    public const string ArgumentOption = "argument";
    private const int MaxDescription = 100;

    /// <param name="hasAutocomplete">Whether the command's argument gets suggestions while the member types.</param>
    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<IChatCommand> commands, TextCatalog texts, Func<string, bool> hasAutocomplete)
    {
        var germanNames = new HashSet<string>(StringComparer.Ordinal);
        var built = new List<ApplicationCommand>();
        foreach (var command in commands.OrderBy(c => c.Descriptor.Name, StringComparer.Ordinal))
        {
            var descriptor = command.Descriptor;
            if (!ValidName().IsMatch(descriptor.Name) || !descriptor.IsOfferedOn(ChatPlatform.Discord))
            {
                continue;
            }

            var germanName = command.Aliases.FirstOrDefault(a => ValidName().IsMatch(a) && !germanNames.Contains(a)) ?? descriptor.Name;
            germanNames.Add(germanName);
            built.Add(new ApplicationCommand(
                descriptor.Name,
                Text(texts, Language.En, descriptor.DescriptionKey),
                Localized(germanName, descriptor.Name),
                Localized(Text(texts, Language.De, descriptor.DescriptionKey), Text(texts, Language.En, descriptor.DescriptionKey)),
                descriptor.ArgumentHintKey is { } hint ? [ArgumentFor(texts, hint, hasAutocomplete(descriptor.Name))] : null));
        }

        return built;
    }

    private static CommandOption ArgumentFor(TextCatalog texts, string hintKey, bool isAutocompleted) => new(
        Type: 3,
        Name: ArgumentOption,
        Description: Text(texts, Language.En, hintKey),
        Required: false,
        DescriptionLocalizations: Localized(Text(texts, Language.De, hintKey), Text(texts, Language.En, hintKey)),
        Autocomplete: isAutocompleted ? true : null);

    private static Dictionary<string, string> Localized(string german, string english) => new(StringComparer.Ordinal)
    {
        ["de"] = german,
        ["en-US"] = english,
        ["en-GB"] = english,
    };

    private static string Text(TextCatalog texts, Language language, string key) =>
        DiscordReplyFormatter.Truncate(texts.Get(language, key), MaxDescription);

    [GeneratedRegex(@"^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ValidName();
}
