using System.Globalization;
using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>/participants &lt;id&gt;: the list for staff, with attendance buttons and a CSV file.</summary>
public sealed class ParticipantsCommand(WorkshopAdminService admin, IWorkshopStore store, IMemberStore members, IParticipantExporter exporter, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("participants", TextKeys.CommandParticipants, TextKeys.CommandWorkshopArgs, IsStaffOnly: true);

    public IReadOnlyList<string> Aliases { get; } = ["teilnehmende"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsMissingId, "/participants"));
        }

        var (result, workshop) = await admin.ForStaffAsync(command.ArgumentList[0], context.Identity.Key, cancellationToken);
        return result != StaffResult.Done
            ? Replies.One(StaffReplies.Text(messages, context.Language, result, command.ArgumentList[0]))
            : Replies.One(await ListAsync(workshop!, context.Language, cancellationToken));
    }

    public async Task<ChatReply> ListAsync(Workshop workshop, Language language, CancellationToken cancellationToken)
    {
        var registrations = (await store.RegistrationsForAsync(workshop.Id, cancellationToken)).Where(r => r.IsActive).OrderBy(r => r.Sequence).ToList();
        var rows = new List<ParticipantRow>();
        var buttons = new List<ChatButton>();
        var text = new StringBuilder(messages.Text(language, TextKeys.WsParticipantsHeader, workshop.Title, workshop.Id, workshop.CheckInCode)).AppendLine();
        foreach (var registration in registrations)
        {
            var member = await members.GetAsync(registration.MemberId, cancellationToken);
            var name = member?.DisplayName ?? "?";
            int? position = registration.Status == RegistrationStatus.Waitlisted ? WorkshopService.WaitlistPosition(registrations, registration) : null;
            var mark = registration.AttendedAt is not null ? "✅" : position is null ? "•" : string.Create(TextCatalog.CultureFor(language), $"⏳{position}");
            text.AppendLine(CultureInfo.InvariantCulture, $"{mark} {name}");
            rows.Add(new ParticipantRow(name, registration.Status.ToString(), position, registration.SignedUpAt, registration.AttendedAt is not null,
                member?.Town?.Place?.Name ?? member?.Town?.Text ?? string.Empty, string.Join(' ', member?.Sectors.Select(s => s.Id()) ?? [])));
            if (registration.Status == RegistrationStatus.Confirmed && registration.AttendedAt is null && buttons.Count < 20)
            {
                buttons.Add(new ChatButton(WorkshopButtons.Id("att", workshop.Id, registration.MemberId), $"✅ {name}"));
            }
        }

        var file = new ChatAttachment($"workshop-{workshop.Id}-participants.csv", "text/csv", exporter.WriteCsv(rows));
        return new ChatReply(text.ToString().TrimEnd(), buttons, file);
    }
}

/// <summary>/editworkshop &lt;id&gt; title|capacity|time &lt;value&gt;.</summary>
public sealed class EditWorkshopCommand(WorkshopAdminService admin, WorkshopMessages messages, WorkshopTimeParser times) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("editworkshop", TextKeys.CommandEditworkshop, TextKeys.CommandEditworkshopArgs, IsStaffOnly: true);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var parts = command.Arguments.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsEditUsage));
        }

        WorkshopEdit? edit = parts[1].ToLowerInvariant() switch
        {
            "title" or "titel" => new WorkshopEdit(Title: parts[2].Length <= 120 ? parts[2] : null),
            "capacity" or "plätze" or "plaetze" => new WorkshopEdit(Capacity: CountReader.Read(parts[2]) ?? -1),
            "time" or "zeit" or "start" => times.Parse(parts[2]) is { } start ? new WorkshopEdit(StartsAt: start) : new WorkshopEdit(),
            _ => null,
        };
        if (edit is null)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsEditUsage));
        }

        var (result, workshop) = await admin.EditAsync(parts[0], context.Identity.Key, edit, cancellationToken);
        return Replies.One(result == StaffResult.Done
            ? messages.Text(context.Language, TextKeys.WsEditDone, workshop!.Title, workshop.Id, messages.When(workshop, context.Language), workshop.Capacity)
            : StaffReplies.Text(messages, context.Language, result, parts[0]));
    }
}

/// <summary>/cancelworkshop &lt;id&gt;: staff call it off; everyone signed up or waiting is told.</summary>
public sealed class CancelWorkshopCommand(WorkshopAdminService admin, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("cancelworkshop", TextKeys.CommandCancelworkshop, TextKeys.CommandWorkshopArgs, IsStaffOnly: true);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsMissingId, "/cancelworkshop"));
        }

        var (result, workshop) = await admin.CancelWorkshopAsync(command.ArgumentList[0], context.Identity.Key, cancellationToken);
        return Replies.One(result == StaffResult.Done
            ? messages.Text(context.Language, TextKeys.WsCancelworkshopDone, workshop!.Title)
            : StaffReplies.Text(messages, context.Language, result, command.ArgumentList[0]));
    }
}

internal static class StaffReplies
{
    public static string Text(WorkshopMessages messages, Language language, StaffResult result, string id) => result switch
    {
        StaffResult.NotFound => messages.Text(language, TextKeys.WsUnknownId, id),
        StaffResult.NotStaff => messages.Text(language, TextKeys.WsNotStaff),
        StaffResult.InvalidValue => messages.Text(language, TextKeys.WsEditUsage),
        _ => messages.Text(language, TextKeys.WsStaffNotPossible),
    };
}
