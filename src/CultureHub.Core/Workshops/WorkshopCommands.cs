using System.Text;
using CultureHub.Core.Chat;

namespace CultureHub.Core.Workshops;

/// <summary>/workshops [hub]: upcoming published workshops, nearest hub first.</summary>
public sealed class WorkshopsCommand(IWorkshopStore store, HubDirectory hubs, WorkshopMessages messages, TimeProvider time) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("workshops", "command.workshops", "command.workshops.args");

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var order = hubs.NearestFirst(context.Member?.Town?.Place?.Location);
        if (command.Arguments.Length > 0)
        {
            if (hubs.Match(command.Arguments) is not { } hub)
            {
                return Replies.One(messages.Text(language, "ws.hub_unknown", command.Arguments, string.Join(", ", hubs.All.Select(h => h.Name))));
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
            ? Replies.One(messages.Text(language, "ws.none"))
            : Replies.One(messages.Text(language, "ws.list_header") + "\n" + text.ToString().TrimEnd());
    }
}

/// <summary>/workshop &lt;id&gt;: one workshop with its calendar file and a sign-up or cancel button.</summary>
public sealed class WorkshopCommand(IWorkshopStore store, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("workshop", "command.workshop", "command.workshop.args");

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken) =>
        command.Arguments.Length == 0
            ? Replies.One(messages.Text(context.Language, "ws.missing_id", "/workshop"))
            : await ShowAsync(store, messages, context, command.ArgumentList[0], cancellationToken);

    public static async Task<IReadOnlyList<ChatReply>> ShowAsync(IWorkshopStore store, WorkshopMessages messages, ChatContext context, string id, CancellationToken cancellationToken)
    {
        var workshop = await store.GetAsync(WorkshopIds.Normalise(id), cancellationToken);
        if (workshop is null || workshop.State is WorkshopState.Proposed or WorkshopState.Declined)
        {
            return Replies.One(messages.Text(context.Language, "ws.unknown_id", id));
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
    public CommandDescriptor Descriptor { get; } = new("signup", "command.signup", "command.workshop.args");

    public IReadOnlyList<string> Aliases { get; } = ["anmelden"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, "ws.no_profile"));
        }

        if (command.Arguments.Length == 0)
        {
            return Replies.One(messages.Text(member.Language, "ws.missing_id", "/signup"));
        }

        var outcome = await service.SignUpAsync(command.ArgumentList[0], member, cancellationToken);
        return Replies.One(outcome.Result == SignUpResult.NotFound
            ? messages.Text(member.Language, "ws.unknown_id", command.ArgumentList[0])
            : messages.SignUp(outcome, member.Language));
    }
}

/// <summary>/cancel &lt;id&gt;; without an id it ends a workshop form in progress.</summary>
public sealed class CancelCommand(WorkshopService service, WorkshopForm form, WorkshopMessages messages) : IChatCommand
{
    public CommandDescriptor Descriptor { get; } = new("cancel", "command.cancel", "command.workshop.args");

    public IReadOnlyList<string> Aliases { get; } = ["abmelden", "absagen"];

    public async Task<IReadOnlyList<ChatReply>> HandleAsync(ChatContext context, CommandInput command, CancellationToken cancellationToken)
    {
        if (command.Arguments.Length == 0)
        {
            var key = await form.QuitAsync(context, cancellationToken) ? "ws.form.quit" : "ws.missing_id";
            return Replies.One(messages.Text(context.Language, key, "/cancel"));
        }

        if (context.Member is not { } member)
        {
            return Replies.One(messages.Text(context.Language, "ws.no_profile"));
        }

        var outcome = await service.CancelAsync(command.ArgumentList[0], member.Id, cancellationToken);
        return Replies.One(outcome.Result == CancelResult.NotFound
            ? messages.Text(member.Language, "ws.unknown_id", command.ArgumentList[0])
            : messages.Cancel(outcome, member.Language));
    }
}
