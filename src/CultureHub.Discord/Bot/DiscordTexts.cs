using CultureHub.Core.Members;

namespace CultureHub.Discord.Bot;

/// <summary>The few sentences only the Discord adapter says (about DMs and threads).</summary>
internal static class DiscordTexts
{
    public static string DirectMessageSent(Language language) => language == Language.En
        ? "I've sent you a DM. 📬"
        : "Ich habe dir eine Direktnachricht geschickt. 📬";

    public static string DirectMessagesClosed(Language language) => language == Language.En
        ? "I can't send you a DM. Please allow direct messages from server members and try again."
        : "Ich kann dir keine Direktnachricht schicken. Bitte erlaube Direktnachrichten von Servermitgliedern und versuch es noch einmal.";

    public static string ThreadPointer(Language language, string threadId) => language == Language.En
        ? $"Your shared thread: <#{threadId}>"
        : $"Euer gemeinsamer Thread: <#{threadId}>";
}
