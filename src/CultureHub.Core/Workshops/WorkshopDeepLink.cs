using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Members;

namespace CultureHub.Core.Workshops;

/// <summary>
/// Someone who arrived through <c>/start workshop_&lt;id&gt;</c> sees that workshop's card, with its
/// sign-up button, as soon as their new profile is saved, while it is published and upcoming.
/// </summary>
public sealed class WorkshopDeepLink(IWorkshopStore store, WorkshopMessages messages, TimeProvider time) : IProfileSavedListener
{
    public const string SourcePrefix = "workshop_";

    public async Task<IReadOnlyList<ChatReply>> ProfileSavedAsync(Member member, bool isNew, CancellationToken cancellationToken)
    {
        if (!isNew || member.Source is not { } source || !source.StartsWith(SourcePrefix, StringComparison.Ordinal))
        {
            return [];
        }

        var workshop = await store.GetAsync(WorkshopIds.Normalise(source[SourcePrefix.Length..]), cancellationToken);
        if (workshop is null || !workshop.IsOpenFor(time.GetUtcNow()))
        {
            return [];
        }

        var registrations = await store.RegistrationsForAsync(workshop.Id, cancellationToken);
        return Replies.One(messages.Card(
            workshop,
            member.Language,
            registrations.Count(r => r.Status == RegistrationStatus.Confirmed),
            registrations.Count(r => r.Status == RegistrationStatus.Waitlisted),
            registrations.FirstOrDefault(r => r.MemberId == member.Id)));
    }
}
