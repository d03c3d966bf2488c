namespace CultureHub.Core.Workshops;

/// <summary>
/// A hub's public space on one platform (a Discord channel), where its new workshops are announced.
/// Implemented by each adapter that has such spaces, from its own settings: which channel belongs to
/// which hub is that platform's business, so the hub's own settings name no platform.
/// </summary>
public interface IHubSpaces
{
    ChatPlatform Platform { get; }

    /// <summary>The space's id on <see cref="Platform"/>, or null when the hub has none there.</summary>
    string? SpaceOf(string hubId);
}
