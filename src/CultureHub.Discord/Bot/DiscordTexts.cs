using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Discord.Bot;

/// <summary>The few sentences only the Discord adapter says (about DMs and threads), from the core's text catalog.</summary>
internal static class DiscordTexts
{
    private static TextCatalog Texts => TextCatalog.LoadEmbedded();

    public static string DirectMessageSent(Language language) => Texts.Get(language, TextKeys.DiscordDmSent);

    public static string DirectMessagesClosed(Language language) => Texts.Get(language, TextKeys.DiscordDmClosed);

    public static string ThreadPointer(Language language, string threadId) => Texts.Format(language, TextKeys.DiscordThreadPointer, $"<#{threadId}>");
}
