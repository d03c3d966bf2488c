namespace CultureHub.Core.Chat;

public enum RecipientKind
{
    /// <summary>A member, on the first platform where they can be reached.</summary>
    Member,

    /// <summary>One platform identity, e.g. hub staff who have no profile.</summary>
    Identity,

    /// <summary>A public space such as a hub's Discord channel; <see cref="Recipient.Key"/> is <c>platform:spaceId</c>.</summary>
    Space,
}

/// <summary>Whom a message the core starts itself is for.</summary>
public sealed record Recipient(RecipientKind Kind, string Key)
{
    public static Recipient ForMember(string memberId) => new(RecipientKind.Member, memberId);

    public static Recipient ForIdentity(PlatformIdentity identity) => new(RecipientKind.Identity, identity.Key);

    public static Recipient ForSpace(ChatPlatform platform, string spaceId) => new(RecipientKind.Space, new PlatformIdentity(platform, spaceId).Key);
}

/// <summary>
/// A message the core starts itself. <see cref="Key"/> names the intent (<c>ws-reminder:day:k7m2q:0:m-42</c>):
/// the outbox keeps one message per key, so a step that runs again after a crash cannot send twice.
/// The members the text tells about are the message's <see cref="ChatReply.About"/>: the outbox
/// item goes with their erasure too.
/// </summary>
public sealed record OutboundMessage(string Key, Recipient To, ChatReply Message)
{
    /// <summary>The first part of the key, e.g. <c>proposal</c>; logged instead of the text.</summary>
    public string Purpose => PurposeOf(Key);

    public static string KeyOf(params string[] parts) => string.Join(':', parts);

    /// <summary>A key for a message that has no natural identity (each call is a new intent).</summary>
    public static string UniqueKey(string purpose) => KeyOf(purpose, Guid.NewGuid().ToString("N"));

    public static string PurposeOf(string key) => key.Split(':', 2)[0];
}
