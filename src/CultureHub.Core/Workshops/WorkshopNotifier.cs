using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Workshops;

/// <summary>Messages the workshops start themselves: promotions, cancellations, proposals to staff, reminders, announcements.</summary>
public sealed class WorkshopNotifier(
    IMemberStore members,
    ChatDelivery delivery,
    HubDirectory hubs,
    WorkshopMessages messages,
    IEnumerable<IWorkshopAnnouncer> announcers)
{
    private WorkshopMessages Messages => messages;

    public Task PromotedAsync(Workshop workshop, string memberId, CancellationToken cancellationToken) =>
        ToMemberAsync(memberId, language => new ChatReply(
            Messages.Text(language, "ws.promoted", workshop.Title, Messages.When(workshop, language)),
            [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), Messages.Text(language, "ws.button.cancel"))],
            Messages.CalendarFile(workshop)), cancellationToken);

    /// <summary>A workshop just became open for sign-up: every announcer may tell the hub's public space.</summary>
    public async Task PublishedAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        if (hubs.Find(workshop.HubId) is not { } hub)
        {
            return;
        }

        foreach (var announcer in announcers)
        {
            await announcer.AnnounceAsync(workshop, hub, cancellationToken);
        }
    }

    public async Task WorkshopCancelledAsync(Workshop workshop, IEnumerable<Registration> registrations, CancellationToken cancellationToken)
    {
        foreach (var registration in registrations.Where(r => r.IsActive))
        {
            await ToMemberAsync(registration.MemberId, language => new ChatReply(
                Messages.Text(language, "ws.cancelled_by_hub", workshop.Title, Messages.When(workshop, language))), cancellationToken);
        }
    }

    /// <summary>The start moved: everyone confirmed or waiting gets the new local time and the updated calendar file.</summary>
    public async Task TimeChangedAsync(Workshop workshop, IEnumerable<Registration> registrations, CancellationToken cancellationToken)
    {
        foreach (var registration in registrations.Where(r => r.IsActive))
        {
            await ToMemberAsync(registration.MemberId, language => new ChatReply(
                Messages.Text(language, "ws.time_changed", workshop.Title, Messages.When(workshop, language)),
                [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), Messages.Text(language, "ws.button.cancel"))],
                Messages.CalendarFile(workshop)), cancellationToken);
        }
    }

    public Task ReminderAsync(Workshop workshop, string memberId, bool isDayBefore, CancellationToken cancellationToken) =>
        ToMemberAsync(memberId, language => new ChatReply(
            Messages.Text(language, isDayBefore ? "ws.reminder.day" : "ws.reminder.hours", workshop.Title, Messages.When(workshop, language), hubs.Find(workshop.HubId)?.Venue ?? workshop.HubId),
            [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), Messages.Text(language, "ws.button.cancel"))]), cancellationToken);

    /// <summary>A member's proposal to the hub's staff, with approve/decline buttons.</summary>
    public async Task ProposalToStaffAsync(Workshop workshop, string proposerName, CancellationToken cancellationToken)
    {
        foreach (var staff in hubs.Find(workshop.HubId)?.Staff ?? [])
        {
            var language = await StaffLanguageAsync(staff, cancellationToken);
            var text = Messages.Text(language, "ws.proposal.to_staff", proposerName, workshop.Title, Messages.When(workshop, language), workshop.Description, workshop.Id);
            await ToIdentityAsync(staff, new ChatReply(text,
            [
                new ChatButton(WorkshopButtons.Id("approve", workshop.Id), Messages.Text(language, "ws.button.approve")),
                new ChatButton(WorkshopButtons.Id("decline", workshop.Id), Messages.Text(language, "ws.button.decline")),
            ]) { About = workshop.HostMemberId is { } host ? [host] : [] }, cancellationToken);
        }
    }

    /// <summary>Staff are configured by identity; one who also has a profile reads in its language, anyone else in German.</summary>
    private async Task<Language> StaffLanguageAsync(string identityKey, CancellationToken cancellationToken) =>
        PlatformIdentity.TryParse(identityKey, out var identity) && await members.FindByIdentityAsync(identity, cancellationToken) is { } member
            ? member.Language
            : Language.De;

    public async Task ProposalDecidedAsync(Workshop workshop, bool isApproved, CancellationToken cancellationToken)
    {
        if (workshop.ProposedBy is null || !PlatformIdentity.TryParse(workshop.ProposedBy, out var identity))
        {
            return;
        }

        var member = await members.FindByIdentityAsync(identity, cancellationToken);
        var language = member?.Language ?? Language.De;
        var reply = new ChatReply(Messages.Text(language, isApproved ? "ws.proposal.approved" : "ws.proposal.declined", workshop.Title, workshop.Id));
        if (member is not null)
        {
            await delivery.SendAsync(member, reply, cancellationToken);
        }
        else
        {
            await ToIdentityAsync(workshop.ProposedBy, reply, cancellationToken);
        }
    }

    public async Task<DeliveryOutcome> ToMemberAsync(string memberId, Func<Language, ChatReply> message, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        return member is null ? DeliveryOutcome.Unreachable : await delivery.SendAsync(member, message(member.Language), cancellationToken);
    }

    private async Task ToIdentityAsync(string identityKey, ChatReply message, CancellationToken cancellationToken)
    {
        if (PlatformIdentity.TryParse(identityKey, out var identity) && delivery.ChannelFor(identity.Platform) is { } channel)
        {
            await channel.SendAsync(identity, message, cancellationToken);
        }
    }
}
