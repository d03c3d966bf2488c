using System.Globalization;
using CultureHub.Core.Chat;
using CultureHub.Core.Dates;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Spaces;

/// <summary>
/// Buttons <c>sp:&lt;action&gt;:&lt;argument&gt;</c>: book, alt (a free window), approve, decline, cancel,
/// pause, resume, remove, removeok, and the /share form's owner, kind, town and skip. Ids stay far below
/// Telegram's 64 bytes.
/// </summary>
public sealed class SpaceButtons(
    ListingForm form,
    BookingFlow flow,
    BookingDecisions decisions,
    BookingReplies replies,
    ListingAdmin admin,
    ListingReplies listingReplies,
    SpaceMessages messages) : IButtonHandler
{
    public string Prefix => "sp";

    public static string Id(string action, string argument) => $"sp:{action}:{argument}";

    /// <summary>A free window as a button: listing, start in Unix minutes, length in minutes.</summary>
    public static string AlternativeId(string listingId, WallClockSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"sp:alt:{listingId}:{span.StartsAt.ToUnixTimeSeconds() / 60}:{(int)span.Length.TotalMinutes}");

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':');
        var language = context.Language;
        if (parts.Length < 2)
        {
            return Replies.One(messages.Text(language, TextKeys.ButtonOutdated));
        }

        return parts[0] switch
        {
            "owner" or "kind" or "town" or "skip" => await form.ChooseAsync(context, parts[0], parts[1], cancellationToken),
            "book" => await flow.BeginAsync(context, parts[1], cancellationToken),
            "alt" when parts.Length == 4 && Alternative(parts) is { } span => context.Member is { } member
                ? await flow.RequestAsync(context, member, parts[1], span, cancellationToken)
                : Replies.One(messages.Text(language, TextKeys.SpNoProfile)),
            "approve" or "decline" => Replies.One(replies.Decision(await decisions.DecideAsync(parts[1], context, parts[0] == "approve", cancellationToken), parts[1], language)),
            "cancel" => Replies.One(replies.Decision(await decisions.CancelAsync(parts[1], context, cancellationToken), parts[1], language)),
            "pause" => Replies.One(listingReplies.Changed(await admin.SetStateAsync(parts[1], ListingState.Paused, context, cancellationToken), parts[1], language)),
            "resume" => Replies.One(listingReplies.Changed(await admin.SetStateAsync(parts[1], ListingState.Active, context, cancellationToken), parts[1], language)),
            "remove" => Replies.One(listingReplies.ConfirmRemoval(parts[1], language)),
            "removeok" => Replies.One(listingReplies.Changed(await admin.SetStateAsync(parts[1], ListingState.Removed, context, cancellationToken), parts[1], language)),
            _ => Replies.One(messages.Text(language, TextKeys.ButtonOutdated)),
        };
    }

    private static WallClockSpan? Alternative(string[] parts) =>
        long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
        && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length is > 0 and <= 60 * 24 * 14
            ? new WallClockSpan(DateTimeOffset.FromUnixTimeSeconds(minutes * 60), DateTimeOffset.FromUnixTimeSeconds(minutes * 60).AddMinutes(length))
            : null;
}
