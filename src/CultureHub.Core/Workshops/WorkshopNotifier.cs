using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Messages the workshops start themselves: promotions, cancellations, time changes, reminders,
/// proposals to staff and their decisions, announcements in a hub's public space. All of them go
/// through <see cref="ChatDelivery"/>, each under a key naming its intent, so none is sent twice.
/// </summary>
public sealed class WorkshopNotifier(
    IMemberStore members, ChatDelivery delivery, HubDirectory hubs, IEnumerable<IHubSpaces> spaces, WorkshopMessages messages)
{
    public Task PromotedAsync(Workshop workshop, Registration promoted, CancellationToken cancellationToken) =>
        ToMemberAsync(PromotedKey(promoted), promoted.MemberId, language => new ChatReply(
            messages.Text(language, TextKeys.WsPromoted, workshop.Title, messages.When(workshop, language)),
            [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), messages.Text(language, TextKeys.WsButtonCancel))],
            messages.CalendarFile(workshop)), cancellationToken);

    public static string PromotedKey(Registration promoted) =>
        OutboundMessage.KeyOf("ws-promoted", promoted.WorkshopId, promoted.MemberId, (promoted.PromotedAt ?? promoted.SignedUpAt).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A workshop just became open for sign-up: its card goes to the hub's public spaces, where it has any.</summary>
    public async Task PublishedAsync(Workshop workshop, CancellationToken cancellationToken)
    {
        foreach (var space in spaces)
        {
            if (space.SpaceOf(workshop.HubId) is { Length: > 0 } spaceId)
            {
                // German, as the hubs' channels are.
                var card = messages.Card(workshop, Language.De, confirmed: 0, waitlisted: 0, mine: null);
                var key = OutboundMessage.KeyOf("ws-announce", workshop.Id, space.Platform.ToString().ToLowerInvariant());
                await delivery.SendAsync(new OutboundMessage(key, Recipient.ForSpace(space.Platform, spaceId), card), cancellationToken);
            }
        }
    }

    public async Task WorkshopCancelledAsync(Workshop workshop, IEnumerable<Registration> registrations, CancellationToken cancellationToken)
    {
        foreach (var registration in registrations.Where(r => r.IsActive))
        {
            await ToMemberAsync(OutboundMessage.KeyOf("ws-cancelled", workshop.Id, registration.MemberId), registration.MemberId, language => new ChatReply(
                messages.Text(language, TextKeys.WsCancelledByHub, workshop.Title, messages.When(workshop, language))), cancellationToken);
        }
    }

    /// <summary>The start moved: everyone confirmed or waiting gets the new Berlin time and the updated calendar file.</summary>
    public async Task TimeChangedAsync(Workshop workshop, IEnumerable<Registration> registrations, CancellationToken cancellationToken)
    {
        var sequence = workshop.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var registration in registrations.Where(r => r.IsActive))
        {
            await ToMemberAsync(OutboundMessage.KeyOf("ws-moved", workshop.Id, sequence, registration.MemberId), registration.MemberId, language => new ChatReply(
                messages.Text(language, TextKeys.WsTimeChanged, workshop.Title, messages.When(workshop, language)),
                [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), messages.Text(language, TextKeys.WsButtonCancel))],
                messages.CalendarFile(workshop)), cancellationToken);
        }
    }

    /// <summary>Records a reminder in the outbox without sending it (the caller holds the workshop's lock); false when it already was.</summary>
    public async Task<bool> QueueReminderAsync(Workshop workshop, string memberId, bool isDayBefore, CancellationToken cancellationToken)
    {
        if (await members.GetAsync(memberId, cancellationToken) is not { } member)
        {
            return false;
        }

        var language = member.Language;
        var reminder = new ChatReply(
            messages.Text(language, isDayBefore ? TextKeys.WsReminderDay : TextKeys.WsReminderHours, workshop.Title, messages.When(workshop, language), hubs.Find(workshop.HubId)?.Venue ?? workshop.HubId),
            [new ChatButton(WorkshopButtons.Id("cancel", workshop.Id), messages.Text(language, TextKeys.WsButtonCancel))]);
        return await delivery.EnqueueAsync(new OutboundMessage(ReminderKey(workshop, memberId, isDayBefore), Recipient.ForMember(memberId), reminder), cancellationToken);
    }

    /// <summary>With the workshop's sequence: a workshop moved to a new time reminds again.</summary>
    public static string ReminderKey(Workshop workshop, string memberId, bool isDayBefore) =>
        OutboundMessage.KeyOf("ws-reminder", isDayBefore ? "day" : "hours", workshop.Id, workshop.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), memberId);

    /// <summary>A member's proposal to the hub's staff, with approve/decline buttons.</summary>
    public async Task ProposalToStaffAsync(Workshop workshop, string proposerName, CancellationToken cancellationToken)
    {
        var proposer = await FindAsync(workshop.ProposedBy, cancellationToken);
        IReadOnlyList<string> about = new[] { proposer?.Id, workshop.HostMemberId }.OfType<string>().Distinct().ToList();
        foreach (var staff in hubs.Find(workshop.HubId)?.Staff ?? [])
        {
            var member = await FindAsync(staff, cancellationToken);
            var language = member?.Language ?? Language.De;
            var text = messages.Text(language, TextKeys.WsProposalToStaff, proposerName, workshop.Title, messages.When(workshop, language), workshop.Description, workshop.Id);
            var reply = new ChatReply(text,
            [
                new ChatButton(WorkshopButtons.Id("approve", workshop.Id), messages.Text(language, TextKeys.WsButtonApprove)),
                new ChatButton(WorkshopButtons.Id("decline", workshop.Id), messages.Text(language, TextKeys.WsButtonDecline)),
            ]) { About = about };

            // To the configured identity even when it has a profile: that is where staff expect it.
            await ToMemberOrIdentityAsync(OutboundMessage.KeyOf("ws-proposal", workshop.Id, staff), staff, null, reply, cancellationToken);
        }
    }

    public async Task ProposalDecidedAsync(Workshop workshop, bool isApproved, CancellationToken cancellationToken)
    {
        if (workshop.ProposedBy is not { } proposedBy)
        {
            return;
        }

        var member = await FindAsync(proposedBy, cancellationToken);
        var language = member?.Language ?? Language.De;
        var reply = new ChatReply(messages.Text(language, isApproved ? TextKeys.WsProposalApproved : TextKeys.WsProposalDeclined, workshop.Title, workshop.Id));
        await ToMemberOrIdentityAsync(OutboundMessage.KeyOf("ws-decided", workshop.Id), proposedBy, member, reply, cancellationToken);
    }

    private async Task<DeliveryOutcome> ToMemberAsync(string key, string memberId, Func<Language, ChatReply> message, CancellationToken cancellationToken)
    {
        var member = await members.GetAsync(memberId, cancellationToken);
        return member is null
            ? DeliveryOutcome.Unreachable
            : await delivery.SendAsync(new OutboundMessage(key, Recipient.ForMember(member.Id), message(member.Language)), cancellationToken);
    }

    /// <summary>Staff and proposers are known by identity; one who also has a profile is reached like any member.</summary>
    private async Task ToMemberOrIdentityAsync(string key, string identityKey, Member? member, ChatReply reply, CancellationToken cancellationToken)
    {
        var to = member is not null ? Recipient.ForMember(member.Id)
            : PlatformIdentity.TryParse(identityKey, out var identity) ? Recipient.ForIdentity(identity)
            : null;
        if (to is not null)
        {
            await delivery.SendAsync(new OutboundMessage(key, to, reply), cancellationToken);
        }
    }

    private async Task<Member?> FindAsync(string? identityKey, CancellationToken cancellationToken) =>
        PlatformIdentity.TryParse(identityKey, out var identity) ? await members.FindByIdentityAsync(identity, cancellationToken) : null;
}
