using System.Text.RegularExpressions;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;
using CultureHub.Discord.Rest;

namespace CultureHub.Discord.Bot;

/// <summary>The core's commands as Discord slash commands, with German and English names and descriptions; staff commands hidden from members.</summary>
public static partial class SlashCommandCatalog
{
    public const string ArgumentOption = "argument";
    private const int MaxDescription = 100;

    /// <summary>
    /// No permission bit at all: Discord then shows the command only to administrators and to the roles or people a
    /// server admin grants it to (Server Settings → Integrations), so ordinary members never see staff commands.
    /// Core still checks the hub's staff list when a command runs, because the menu is no security boundary.
    /// </summary>
    public const string StaffOnlyPermissions = "0";

    /// <param name="hasAutocomplete">Whether a command's argument (command name, argument name) gets suggestions while the member types.</param>
    public static IReadOnlyList<ApplicationCommand> Build(IEnumerable<IChatCommand> commands, TextCatalog texts, Func<string, string, bool> hasAutocomplete)
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
                Options(descriptor, texts, hasAutocomplete),
                DefaultMemberPermissions: descriptor.IsStaffOnly ? StaffOnlyPermissions : null));
        }

        return built;
    }

    /// <summary>One option per named argument (required ones first, as Discord wants), else the one free argument.</summary>
    private static IReadOnlyList<CommandOption>? Options(CommandDescriptor descriptor, TextCatalog texts, Func<string, string, bool> hasAutocomplete)
    {
        if (descriptor.Arguments.Count > 0)
        {
            return descriptor.Arguments
                .OrderByDescending(a => a.IsRequired)
                .Select(a => ArgumentFor(texts, a.Name, a.HintKey, a.IsRequired, hasAutocomplete(descriptor.Name, a.Name)))
                .ToList();
        }

        return descriptor.ArgumentHintKey is { } hint ? [ArgumentFor(texts, ArgumentOption, hint, isRequired: false, hasAutocomplete(descriptor.Name, ArgumentOption))] : null;
    }

    private static CommandOption ArgumentFor(TextCatalog texts, string name, string hintKey, bool isRequired, bool isAutocompleted) => new(
        Type: 3,
        Name: name,
        Description: Text(texts, Language.En, hintKey),
        Required: isRequired,
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
