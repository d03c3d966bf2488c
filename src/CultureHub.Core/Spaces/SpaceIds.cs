using CultureHub.Core.Workshops;

namespace CultureHub.Core.Spaces;

/// <summary>Short ids for listings and bookings, in the workshops' alphabet without look-alike characters.</summary>
public static class SpaceIds
{
    public static string NewId() => WorkshopIds.NewId();

    public static string Normalise(string typed) => WorkshopIds.Normalise(typed);
}
