using System.Text;
using CultureHub.Core.Chat;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>/workshops [hub]: upcoming published workshops, nearest hub first.</summary>
public sealed class WorkshopsCommand(IWorkshopStore store, HubDirectory hubs, WorkshopMessages messages, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("workshops", TextKeys.CommandWorkshops, TextKeys.CommandWorkshopsArgs);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var order = hubs.NearestFirst(context.Member?.Town?.Place?.Location);
        if (command.Arguments.Length > 0)
        {
            if (hubs.Match(command.Arguments) is not { } hub)
            {
                return Replies.One(messages.Text(language, TextKeys.WsHubUnknown, command.Arguments, string.Join(", ", hubs.All.Select(h => h.Name))));
            }

            order = [hub];
        }

        var now = time.GetUtcNow();
        var upcoming = (await store.InStateAsync(WorkshopState.Published, cancellationToken)).Where(w => w.EndsAt > now).ToList();
        var text = new StringBuilder();
        foreach (var hub in order)
        {
            var here = upcoming.Where(w => w.HubId == hub.Id).OrderBy(w => w.StartsAt).ToList();
            if (here.Count == 0)
            {
                continue;
            }

            text.AppendLine().AppendLine("📍 " + hub.Label);
            foreach (var workshop in here)
            {
                var confirmed = (await store.RegistrationsForAsync(workshop.Id, cancellationToken)).Count(r => r.Status == RegistrationStatus.Confirmed);
                text.AppendLine(messages.Line(workshop, language, confirmed));
            }
        }

        return text.Length == 0
            ? Replies.One(messages.Text(language, TextKeys.WsNone))
            : Replies.One(messages.Text(language, TextKeys.WsListHeader) + "\n" + text.ToString().TrimEnd());
    }
}

/// <summary>/workshop &lt;id&gt;: one workshop with its calendar file and a sign-up or cancel button.</summary>
public sealed class WorkshopCommand(IWorkshopStore store, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("workshop", TextKeys.CommandWorkshop, TextKeys.CommandWorkshopArgs);

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        command.Arguments.Length == 0
            ? Replies.One(messages.Text(context.Language, TextKeys.WsMissingId, "/workshop"))
            : await ShowAsync(store, messages, context, command.ArgumentList[0], cancellationToken);

    public static async Task<IReadOnlyList<ChatReply>> ShowAsync(IWorkshopStore store, WorkshopMessages messages, ChatContext context, string id, CancellationToken cancellationToken)
    {
        var workshop = await store.GetAsync(WorkshopIds.Normalise(id), cancellationToken);
        if (workshop is null || workshop.State is WorkshopState.Proposed or WorkshopState.Declined)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsUnknownId, id));
        }

        var registrations = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
        var mine = context.Member is { } member ? registrations.FirstOrDefault(r => r.MemberId == member.Id) : null;
        return Replies.One(messages.Card(
            workshop,
            context.Language,
            registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
            registrations.Count(r => r.Status == RegistrationStatus.Waitlisted),
            mine));
    }
}

/// <summary>/signup &lt;id&gt;.</summary>
public sealed class SignUpCommand(WorkshopService service, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("signup", TextKeys.CommandSignup, TextKeys.CommandWorkshopArgs);

    public IReadOnlyList<string> Aliases { get; } = ["anmelden"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsNoProfile));
        }

        if (command.Arguments.Length == 0)
        {
            return Replies.One(messages.Text(member.Language, TextKeys.WsMissingId, "/signup"));
        }

        var outcome = await service.SignUpAsync(command.ArgumentList[0], member, cancellationToken);
        return Replies.One(outcome.Result == SignUpResult.NotFound
            ? messages.Text(member.Language, TextKeys.WsUnknownId, command.ArgumentList[0])
            : messages.SignUp(outcome, member.Language));
    }
}

/// <summary>/cancel &lt;id&gt;; without an id it ends a workshop form in progress.</summary>
public sealed class CancelCommand(WorkshopService service, WorkshopForm form, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("cancel", TextKeys.CommandCancel, TextKeys.CommandWorkshopArgs);

    public IReadOnlyList<string> Aliases { get; } = ["abmelden", "absagen"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            var key = await form.QuitAsync(context, cancellationToken) ? TextKeys.WsFormQuit : TextKeys.WsMissingId;
            return Replies.One(messages.Text(context.Language, key, "/cancel"));
        }

        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, TextKeys.WsNoProfile));
        }

        var outcome = await service.CancelAsync(command.ArgumentList[0], member.Id, cancellationToken);
        return Replies.One(outcome.Result == CancelResult.NotFound
            ? messages.Text(member.Language, TextKeys.WsUnknownId, command.ArgumentList[0])
            : messages.Cancel(outcome, member.Language));
    }
}
