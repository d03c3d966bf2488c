using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Commands;

/// <summary>The /help message, listing every registered command with its description.</summary>
public sealed class HelpText(IServiceProvider services, TextCatalog texts)
{
    public ChatReply For(ChatContext context)
    {
        var language = context.Language;
        var builder = new StringBuilder(texts.Get(language, "help.intro")).AppendLine().AppendLine();
        var commands = (IEnumerable<IChatCommand>?)services.GetService(typeof(IEnumerable<IChatCommand>)) ?? [];
        foreach (var descriptor in commands.Select(c => c.Descriptor).Where(d => d.IsOfferedOn(context.Identity.Platform)).OrderBy(d => Order(d.Name)))
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
