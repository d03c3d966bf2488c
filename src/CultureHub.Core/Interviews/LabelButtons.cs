using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Interviews;

/// <summary>
/// Buttons under understood labels: <c>lbl:rm:o:live_sound</c> removes, <c>lbl:pick:s:band</c> adds a
/// suggested label, <c>lbl:add:o</c> asks what is missing, <c>lbl:none:o</c> declines. <c>o</c>/<c>s</c>
/// is the side (offer, seek); the ids stay far below Telegram's 64 bytes of callback data.
/// </summary>
public sealed class LabelButtons(LabelCorrectionService corrections, Texts.TextCatalog texts) : IButtonHandler
{
    public string Prefix => UnderstoodLabels.ButtonPrefix;

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':', 3);
        var side = parts.Length > 1 ? UnderstoodLabels.ParseSide(parts[1]) : null;
        var id = parts.Length > 2 ? parts[2] : null;
        return (parts[0], side, id) switch
        {
            ("rm", { } s, { Length: > 0 } competence) => await corrections.RemoveAsync(context, s, competence, cancellationToken),
            ("pick", { } s, { Length: > 0 } competence) => await corrections.AddAsync(context, s, competence, cancellationToken),
            ("add", { } s, null) => await corrections.AskMissingAsync(context, s, cancellationToken),
            ("none", { }, null) => await corrections.DismissAsync(context, cancellationToken),
            _ => Replies.One(texts.Get(context.Language, TextKeys.ButtonOutdated)),
        };
    }
}
