namespace CultureHub.Core.Members;

public enum InterviewStep
{
    Name,
    Offers,
    Seeks,
    Town,
    Sectors,
    Links,
    Confirm,
}

/// <summary>The profile as it grows during the interview, before the member confirms it.</summary>
public sealed record MemberDraft
{
    public string? Name { get; init; }

    public string? Offers { get; init; }

    /// <summary>Null: not asked yet. Empty: the member only offers.</summary>
    public string? Seeks { get; init; }

    public MemberTown? Town { get; init; }

    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    public bool HasChosenSectors { get; init; }

    /// <summary>Null: not asked yet.</summary>
    public IReadOnlyList<string>? Links { get; init; }

    /// <summary>What was understood from <see cref="Offers"/>, corrected by the member. Null: not read yet.</summary>
    public IReadOnlyList<CompetenceTag>? OfferTags { get; init; }

    /// <summary>What was understood from <see cref="Seeks"/>, corrected by the member. Null: not read yet.</summary>
    public IReadOnlyList<CompetenceTag>? SeekTags { get; init; }

    public LabelCorrections Corrections { get; init; } = LabelCorrections.None;

    /// <summary>Whether the language model's reading of the current words is already in the tags.</summary>
    public bool HasAssistedReading { get; init; }

    public IReadOnlyList<CompetenceTag>? TagsOf(LabelSide side) => side == LabelSide.Offer ? OfferTags : SeekTags;

    public MemberDraft WithTags(LabelSide side, IReadOnlyList<CompetenceTag> tags) =>
        side == LabelSide.Offer ? this with { OfferTags = tags } : this with { SeekTags = tags };

    /// <summary>An existing profile to edit; words stored without tags (older profiles) are read again.</summary>
    public static MemberDraft From(Member member) => new()
    {
        Name = member.DisplayName,
        Offers = member.Offers,
        Seeks = member.Seeks,
        Town = member.Town,
        Sectors = member.Sectors,
        HasChosenSectors = true,
        Links = member.Links,
        OfferTags = member.OfferTags.Count > 0 || member.Offers.Length == 0 ? member.OfferTags : null,
        SeekTags = member.SeekTags.Count > 0 || member.Seeks.Length == 0 ? member.SeekTags : null,
        Corrections = member.Corrections,
        HasAssistedReading = true,
    };
}

/// <summary>
/// An interview in progress, stored after consent so that it survives a restart of the host.
/// Keyed by the platform identity the member talks through.
/// </summary>
public sealed record InterviewSession
{
    public required string IdentityKey { get; init; }

    public required Language Language { get; init; }

    public required InterviewStep Step { get; init; }

    public required MemberDraft Draft { get; init; }

    public required ConsentRecord Consent { get; init; }

    /// <summary>Set when the member edits one field from the confirmation card.</summary>
    public bool ShouldReturnToConfirm { get; init; }

    /// <summary>Set while the member is asked what is missing from the labels of one side ("Etwas fehlt").</summary>
    public LabelSide? AddingTo { get; init; }

    /// <summary>The member this session edits; null for a new member.</summary>
    public string? MemberId { get; init; }

    public string? Source { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>An edit of a stored profile, opened at its card.</summary>
    public static InterviewSession Editing(Member member, string identityKey, DateTimeOffset now) => new()
    {
        IdentityKey = identityKey,
        Language = member.Language,
        Step = InterviewStep.Confirm,
        Draft = MemberDraft.From(member),
        Consent = member.Consent,
        ShouldReturnToConfirm = true,
        MemberId = member.Id,
        StartedAt = now,
        UpdatedAt = now,
    };
}

public interface IInterviewStore
{
    Task<InterviewSession?> GetAsync(string identityKey, CancellationToken cancellationToken);

    Task SaveAsync(InterviewSession session, CancellationToken cancellationToken);

    Task DeleteAsync(string identityKey, CancellationToken cancellationToken);
}
