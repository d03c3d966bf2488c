using CultureHub.Core.Chat;
using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>Turns a confirmed draft into a stored profile: a new member, or the edited one.</summary>
public sealed class ProfileCompletion(
    IInterviewStore sessions,
    IMemberStore members,
    DraftReading reading,
    UnderstoodLabels labels,
    TimeProvider time)
{
    public async Task<(Member Member, bool IsNew)> SaveAsync(ChatContext context, InterviewSession session, CancellationToken cancellationToken)
    {
        var draft = await reading.CompleteAsync(session.Draft, session, cancellationToken);
        var existing = session.MemberId is { } id ? await members.GetAsync(id, cancellationToken) : null;
        var now = time.GetUtcNow();
        var offers = draft.Offers ?? string.Empty;
        var seeks = draft.Seeks ?? string.Empty;
        var member = (existing ?? new Member
        {
            Id = MemberIds.New(),
            DisplayName = draft.Name ?? context.Sender.DisplayName ?? "?",
            Consent = session.Consent,
            Identities = [context.Identity],
            Username = context.Sender.Username,
            Source = session.Source,
            CreatedAt = now,
        }) with
        {
            DisplayName = draft.Name ?? existing?.DisplayName ?? "?",
            Language = session.Language,
            Town = draft.Town,
            Sectors = draft.Sectors,
            Offers = offers,
            Seeks = seeks,
            OfferTags = Confirmed(draft.OfferTags, session.Language),
            SeekTags = Confirmed(draft.SeekTags, session.Language),
            Corrections = draft.Corrections,
            Links = draft.Links ?? [],
            UpdatedAt = now,
        };
        await members.UpsertAsync(member, cancellationToken);
        await sessions.DeleteAsync(session.IdentityKey, cancellationToken);
        return (member, existing is null);
    }

    /// <summary>Saving the card is "passt": every label it showed is confirmed by the member.</summary>
    private List<CompetenceTag> Confirmed(IReadOnlyList<CompetenceTag>? tags, Language language)
    {
        var shown = labels.Shown(tags, language).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        return (tags ?? []).Select(t => shown.Contains(t.CompetenceId) ? t with { IsConfirmed = true } : t).ToList();
    }
}
