using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>/myworkshops: what the member signed up or waits for.</summary>
public sealed class MyWorkshopsCommand(IWorkshopStore store, WorkshopMessages messages, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("myworkshops", TextKeys.CommandMyworkshops);

    public IReadOnlyList<string> Aliases { get; } = ["meineworkshops"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsNoProfile));
        }

        var text = new StringBuilder();
        foreach (var registration in (await store.RegistrationsOfAsync(member.Id, cancellationToken)).Where(r => r.IsActive))
        {
            var workshop = await store.GetAsync(registration.WorkshopId, cancellationToken);
            if (workshop is null || workshop.EndsAt < time.GetUtcNow() || workshop.State != WorkshopState.Published)
            {
                continue;
            }

            var all = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
            text.AppendLine(registration.Status == RegistrationStatus.Confirmed
                ? messages.Text(member.Language, TextKeys.WsMineConfirmed, workshop.Id, workshop.Title, messages.When(workshop, member.Language))
                : messages.Text(member.Language, TextKeys.WsMineWaitlisted, workshop.Id, workshop.Title, messages.When(workshop, member.Language), WorkshopService.WaitlistPosition(all, registration)));
        }

        return Replies.One(text.Length == 0 ? messages.Text(member.Language, TextKeys.WsMineNone) : text.ToString().TrimEnd());
    }
}

/// <summary>/checkin CODE: the code shown at the hub on the day.</summary>
public sealed class CheckInCommand(WorkshopAttendance attendance, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("checkin", TextKeys.CommandCheckin, TextKeys.CommandCheckinArgs);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsNoProfile));
        }

        if (command.Arguments.Length == 0)
        {
            return Replies.One(messages.Text(member.Language, TextKeys.WsCheckinMissing));
        }

        var (result, workshop) = await attendance.CheckInAsync(command.ArgumentList[0], member, cancellationToken);
        return Replies.One(messages.Text(member.Language, WorkshopTextKeys.CheckIn(result), workshop?.Title));
    }
}

/// <summary>/propose: any member suggests a workshop; the hub's staff decide.</summary>
public sealed class ProposeCommand(WorkshopForm form, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("propose", TextKeys.CommandPropose);

    public IReadOnlyList<string> Aliases { get; } = ["vorschlagen"];

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        context.Member is null
            ? Task.FromResult(Replies.One(messages.Text(context.Language, TextKeys.WsNoProfile)))
            : form.BeginAsync(context, isStaffForm: false, cancellationToken);
}

/// <summary>/newworkshop: hub staff create a workshop that is published at once.</summary>
public sealed class NewWorkshopCommand(WorkshopForm form, HubDirectory hubs, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("newworkshop", TextKeys.CommandNewworkshop, IsStaffOnly: true);

    public Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        hubs.StaffedBy(context.Identity.Key).Count == 0
            ? Task.FromResult(Replies.One(messages.Text(context.Language, TextKeys.WsNotStaff)))
            : form.BeginAsync(context, isStaffForm: true, cancellationToken);
}
