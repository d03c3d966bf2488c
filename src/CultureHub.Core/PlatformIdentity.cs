namespace CultureHub.Core;

/// <summary>Who someone is on one platform. One member can be linked to several identities.</summary>
public sealed record PlatformIdentity(ChatPlatform Platform, string UserId)
{
    /// <summary>A stable, storable key such as <c>telegram:12345</c>.</summary>
    public string Key => $"{Platform.ToString().ToLowerInvariant()}:{UserId}";

    public override string ToString() => Key;

    public static bool TryParse(string? key, out PlatformIdentity identity)
    {
        identity = null!;
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == key.Length - 1
            || !Enum.TryParse<ChatPlatform>(key[..colon], ignoreCase: true, out var platform))
        {
            return false;
        }

        identity = new PlatformIdentity(platform, key[(colon + 1)..]);
        return true;
    }
}
