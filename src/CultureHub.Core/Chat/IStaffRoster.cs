namespace CultureHub.Core.Chat;

/// <summary>
/// Who counts as staff: hub teams (from the hubs' configuration) and the network's coordinators.
/// Staff see the staff commands in /help; everybody else sees only what they can use.
/// </summary>
public interface IStaffRoster
{
    bool IsStaff(PlatformIdentity identity);
}
