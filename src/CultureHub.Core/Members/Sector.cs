namespace CultureHub.Core.Members;

/// <summary>
/// The eleven submarkets of the Kultur- und Kreativwirtschaft (music first), plus "other".
/// The order is the order members see them in.
/// </summary>
public enum Sector
{
    Music,
    Film,
    Games,
    Design,
    Art,
    PerformingArts,
    Books,
    Press,
    Broadcasting,
    Advertising,
    Architecture,
    Crafts,
    Other,
}

public static class Sectors
{
    public static IReadOnlyList<Sector> All { get; } = Enum.GetValues<Sector>();

    public static string Id(this Sector sector) => sector.ToString().ToLowerInvariant();

    public static Sector? Parse(string? id) =>
        Enum.TryParse<Sector>(id, ignoreCase: true, out var sector) && Enum.IsDefined(sector) ? sector : null;
}
