using CultureHub.Core.Chat;
using Telegram.Bot.Types.ReplyMarkups;

namespace CultureHub.Telegram.Sending;

/// <summary>A link button under a message (an introduction's "write to …"). Core buttons become callback buttons.</summary>
public sealed record TelegramLinkButton(string Label, string Url);

/// <summary>
/// Lays the core's buttons out as an inline keyboard: short labels two per row, long ones alone, and a
/// new row wherever the core starts a group of buttons.
/// </summary>
public static class TelegramKeyboard
{
    private const int ShortLabelLength = 18;

    public static InlineKeyboardMarkup? For(IReadOnlyList<ChatButton> buttons, IReadOnlyList<TelegramLinkButton> links)
    {
        var rows = new List<List<InlineKeyboardButton>>();
        foreach (var link in links)
        {
            rows.Add([InlineKeyboardButton.WithUrl(link.Label, link.Url)]);
        }

        List<InlineKeyboardButton>? open = null;
        foreach (var button in buttons.Where(b => TelegramText.FitsCallbackData(b.Id)))
        {
            var key = InlineKeyboardButton.WithCallbackData(button.Label, button.Id);
            if (button.StartsRow)
            {
                open = null;
            }

            if (button.Label.Length > ShortLabelLength)
            {
                rows.Add([key]);
                open = null;
            }
            else if (open is { Count: 1 })
            {
                open.Add(key);
                open = null;
            }
            else
            {
                open = [key];
                rows.Add(open);
            }
        }

        return rows.Count == 0 ? null : new InlineKeyboardMarkup(rows);
    }

    /// <summary>Buttons whose id Telegram would reject (over 64 bytes); they are left out, not sent broken.</summary>
    public static int CountUnfit(IReadOnlyList<ChatButton> buttons) =>
        buttons.Count(b => !TelegramText.FitsCallbackData(b.Id));
}
