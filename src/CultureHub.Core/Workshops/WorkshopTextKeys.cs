using CultureHub.Core.Texts;

namespace CultureHub.Core.Workshops;

/// <summary>Workshop texts chosen by an outcome or a state, spelled out so that each one is checked at compile time.</summary>
public static class WorkshopTextKeys
{
    public static string CheckIn(CheckInResult result) => result switch
    {
        CheckInResult.CheckedIn => TextKeys.WsCheckinCheckedin,
        CheckInResult.AlreadyCheckedIn => TextKeys.WsCheckinAlreadycheckedin,
        CheckInResult.UnknownCode => TextKeys.WsCheckinUnknowncode,
        CheckInResult.NotSignedUp => TextKeys.WsCheckinNotsignedup,
        _ => TextKeys.WsCheckinNottoday,
    };

    /// <summary>The notice for a workshop that is not open for sign-up, or null for one that needs none.</summary>
    public static string? State(WorkshopState state) => state switch
    {
        WorkshopState.Cancelled => TextKeys.WsStateCancelled,
        WorkshopState.Proposed => TextKeys.WsStateProposed,
        WorkshopState.Declined => TextKeys.WsStateDeclined,
        _ => null,
    };

    public static string InvalidAnswer(DraftStep step) => step switch
    {
        DraftStep.Title => TextKeys.WsFormInvalidTitle,
        DraftStep.Description => TextKeys.WsFormInvalidDescription,
        DraftStep.Hub => TextKeys.WsFormInvalidHub,
        DraftStep.When => TextKeys.WsFormInvalidWhen,
        _ => TextKeys.WsFormInvalidCapacity,
    };
}
