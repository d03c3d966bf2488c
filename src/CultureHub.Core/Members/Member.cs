using CultureHub.Core.Places;

namespace CultureHub.Core.Members;

/// <summary>
/// A competence read from a member's words, with how sure the reader is. <see cref="IsConfirmed"/>:
/// the member saw it and kept it, or added it themselves; it then counts fully in matching.
/// </summary>
/// <param name="IsClient">
/// Read from a search, this need names whom the member wants to work for ("Bands, die ein Video wollen"),
/// not someone the member needs; shown as the same label, scored as clients.
/// </param>
public sealed record CompetenceTag(string CompetenceId, double Confidence, bool IsConfirmed = false, bool IsClient = false);

/// <summary>What the member agreed to, and when. Nothing is stored before this exists.</summary>
public sealed record ConsentRecord(string Version, DateTimeOffset GivenAt, bool AllowsLlm = false);

/// <summary>
/// The member's answer to "Würdest du dazu einen Workshop geben?": whether hubs may ask them to give a
/// workshop on what they offer. <see cref="InvitedFor"/> remembers the invitations already sent
/// (<c>hub:competence</c>), so a second click on "invite" asks nobody twice.
/// </summary>
public sealed record HostingConsent(bool IsWilling, DateTimeOffset AnsweredAt)
{
    public IReadOnlyList<string> InvitedFor { get; init; } = [];
}

/// <summary>Where a member lives: the words they used and the place we resolved them to.</summary>
public sealed record MemberTown(string Text, Place? Place)
{
    public bool IsResolved => Place is not null;
}

/// <summary>A member's profile. Everything here is personal data.</summary>
public sealed record Member
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public Language Language { get; init; } = Language.De;

    public MemberTown? Town { get; init; }

    public IReadOnlyList<Sector> Sectors { get; init; } = [];

    /// <summary>What they do and can offer, in their own words.</summary>
    public string Offers { get; init; } = string.Empty;

    /// <summary>What they look for, in their own words. Empty means they only offer.</summary>
    public string Seeks { get; init; } = string.Empty;

    public IReadOnlyList<CompetenceTag> OfferTags { get; init; } = [];

    public IReadOnlyList<CompetenceTag> SeekTags { get; init; } = [];

    /// <summary>Labels the member added or removed; applied whenever their words are read again.</summary>
    public LabelCorrections Corrections { get; init; } = LabelCorrections.None;

    public IReadOnlyList<string> Links { get; init; } = [];

    public required ConsentRecord Consent { get; init; }

    public bool IsMatchingPaused { get; init; }

    public IReadOnlyList<PlatformIdentity> Identities { get; init; } = [];

    /// <summary>Platforms where the member cannot be reached (blocked the bot, DMs closed).</summary>
    public IReadOnlyList<ChatPlatform> UnreachableOn { get; init; } = [];

    /// <summary>Public handle per platform key (e.g. Telegram @username), if known.</summary>
    public string? Username { get; init; }

    /// <summary>Whether the member lets others open a direct chat with them through a link.</summary>
    public bool AllowsDirectLink { get; init; } = true;

    /// <summary>Whether hubs may ask them to give a workshop; null until they answered.</summary>
    public HostingConsent? Hosting { get; init; }

    /// <summary>How they found us (a deep-link payload such as <c>hub_oldenburg</c>), for the evaluation.</summary>
    public string? Source { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public PlatformIdentity? PrimaryIdentity => Identities.Count > 0 ? Identities[0] : null;

    public bool IsReachableOn(ChatPlatform platform) => !UnreachableOn.Contains(platform);
}
