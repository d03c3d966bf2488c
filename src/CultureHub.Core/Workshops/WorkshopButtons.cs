using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Buttons <c>ws:&lt;action&gt;:&lt;workshop&gt;[:&lt;member&gt;]</c>: signup, cancel, show, approve, decline,
/// att (attendance), hub (form). Ids stay far below Telegram's 64 bytes.
/// </summary>
public sealed class WorkshopButtons(
    WorkshopService service,
    WorkshopAdminService admin,
    WorkshopAttendance attendance,
    WorkshopForm form,
    IWorkshopStore store,
    ParticipantsCommand participants,
    WorkshopMessages messages) : IButtonHandler
{
    public string Prefix => "ws";

    public static string Id(string action, string argument, string? member = null) =>
        member is null ? $"ws:{action}:{argument}" : $"ws:{action}:{argument}:{member}";

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, string argument, CancellationToken cancellationToken)
    {
        var parts = argument.Split(':', 3);
        var language = context.Language;
        if (parts.Length < 2)
        {
            return Replies.One(messages.Text(language, TextKeys.ButtonOutdated));
        }

        switch (parts[0])
        {
            case "hub":
                return await form.ChooseHubAsync(context, parts[1], cancellationToken);
            case "show":
                return await WorkshopCommand.ShowAsync(store, messages, context, parts[1], cancellationToken);
            case "approve" or "decline":
                var (decided, workshop) = await admin.DecideAsync(parts[1], context.Identity.Key, parts[0] == "approve", cancellationToken);
                return Replies.One(decided == StaffResult.Done
                    ? messages.Text(language, parts[0] == "approve" ? TextKeys.WsDecidedApproved : TextKeys.WsDecidedDeclined, workshop!.Title, workshop.Id)
                    : StaffReplies.Text(messages, language, decided, parts[1]));
            case "att" when parts.Length == 3:
                var (marked, attended) = await attendance.MarkAttendedAsync(parts[1], parts[2], context.Identity.Key, cancellationToken);
                return marked == StaffResult.Done
                    ? Replies.One(await participants.ListAsync(attended!, language, cancellationToken))
                    : Replies.One(StaffReplies.Text(messages, language, marked, parts[1]));
        }

        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(language, TextKeys.WsNoProfile));
        }

        return parts[0] switch
        {
            "signup" => Replies.One(messages.SignUp(await service.SignUpAsync(parts[1], member, cancellationToken), member.Language)),
            "cancel" => Replies.One(messages.Cancel(await service.CancelAsync(parts[1], member.Id, cancellationToken), member.Language)),
            _ => Replies.One(messages.Text(language, TextKeys.ButtonOutdated)),
        };
    }
}
