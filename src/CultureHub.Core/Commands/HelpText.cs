using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

/// <summary>The /help message: the commands the reader can use, each with its description; staff commands only for staff.</summary>
public sealed class HelpText(TextCatalog texts, IEnumerable<IStaffRoster> staff)
{
    public ChatReply For(ChatContext context, IEnumerable<CommandDescriptor> commands)
    {
        var language = context.Language;
        var isStaff = staff.Any(roster => roster.IsStaff(context.Identity));
        var builder = new StringBuilder(texts.Get(language, TextKeys.HelpIntro)).AppendLine().AppendLine();
        foreach (var descriptor in commands.Where(d => (isStaff || !d.IsStaffOnly) && d.IsOfferedOn(context.Identity.Platform)).OrderBy(d => Order(d.Name)))
        {
            builder.Append('/').Append(descriptor.Name);
            if (descriptor.ArgumentHintKey is { } hint)
            {
                builder.Append(' ').Append(texts.Get(language, hint));
            }

            builder.Append(" – ").AppendLine(texts.Get(language, descriptor.DescriptionKey));
        }

        return new ChatReply(builder.ToString().TrimEnd());
    }

    private static int Order(string name)
    {
        var index = Array.IndexOf(PreferredOrder, name);
        return index < 0 ? PreferredOrder.Length : index;
    }

    private static readonly string[] PreferredOrder =
        ["start", "profile", "edit", "match", "workshops", "myworkshops", "propose", "pause", "resume", "language", "privacy", "export", "delete", "help"];
}
