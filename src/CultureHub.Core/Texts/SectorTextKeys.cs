using CultureHub.Core.Members;

namespace CultureHub.Core.Texts;

/// <summary>A sector's text keys, spelled out so that a sector without a text fails the build, not a conversation.</summary>
public static class SectorTextKeys
{
    public static string Label(Sector sector) => sector switch
    {
        Sector.Music => TextKeys.SectorMusic,
        Sector.Film => TextKeys.SectorFilm,
        Sector.Games => TextKeys.SectorGames,
        Sector.Design => TextKeys.SectorDesign,
        Sector.Art => TextKeys.SectorArt,
        Sector.PerformingArts => TextKeys.SectorPerformingarts,
        Sector.Books => TextKeys.SectorBooks,
        Sector.Press => TextKeys.SectorPress,
        Sector.Broadcasting => TextKeys.SectorBroadcasting,
        Sector.Advertising => TextKeys.SectorAdvertising,
        Sector.Architecture => TextKeys.SectorArchitecture,
        Sector.Crafts => TextKeys.SectorCrafts,
        _ => TextKeys.SectorOther,
    };

    /// <summary>The comma-separated words that name the sector when a member types it.</summary>
    public static string Words(Sector sector) => sector switch
    {
        Sector.Music => TextKeys.SectorMusicWords,
        Sector.Film => TextKeys.SectorFilmWords,
        Sector.Games => TextKeys.SectorGamesWords,
        Sector.Design => TextKeys.SectorDesignWords,
        Sector.Art => TextKeys.SectorArtWords,
        Sector.PerformingArts => TextKeys.SectorPerformingartsWords,
        Sector.Books => TextKeys.SectorBooksWords,
        Sector.Press => TextKeys.SectorPressWords,
        Sector.Broadcasting => TextKeys.SectorBroadcastingWords,
        Sector.Advertising => TextKeys.SectorAdvertisingWords,
        Sector.Architecture => TextKeys.SectorArchitectureWords,
        Sector.Crafts => TextKeys.SectorCraftsWords,
        _ => TextKeys.SectorOtherWords,
    };
}
