namespace CultureHub.Core.Chat;

/// <summary>
/// Who counts as staff: hub teams (from the hubs' configuration) and the network's coordinators.
/// Staff see the staff commands in /help and in the platforms' command menus; everybody else sees only what they can use.
/// </summary>
public interface IStaffRoster
{
    bool IsStaff(PlatformIdentity identity);

    /// <summary>Every configured staff identity that parses, so adapters can publish a staff menu to each of them.</summary>
    IReadOnlyList<PlatformIdentity> Identities { get; }
}
