using CultureHub.Core.Members;

namespace CultureHub.Core.Interviews;

/// <summary>The order of the interview's questions, and which are still open.</summary>
public static class InterviewSteps
{
    public static bool IsOpen(MemberDraft draft, InterviewStep step) => step switch
    {
        InterviewStep.Name => draft.Name is null,
        InterviewStep.Offers => draft.Offers is null,
        InterviewStep.Seeks => draft.Seeks is null,
        InterviewStep.Town => draft.Town is null,
        InterviewStep.Sectors => !draft.HasChosenSectors,
        InterviewStep.Links => draft.Links is null,
        _ => false,
    };

    public static InterviewStep NextOpenStep(MemberDraft draft) => draft switch
    {
        { Name: null } => InterviewStep.Name,
        { Offers: null } => InterviewStep.Offers,
        { Seeks: null } => InterviewStep.Seeks,
        { Town: null } => InterviewStep.Town,
        { HasChosenSectors: false } => InterviewStep.Sectors,
        { Links: null } => InterviewStep.Links,
        _ => InterviewStep.Confirm,
    };

    public static InterviewStep Previous(InterviewStep step) => step == InterviewStep.Name ? step : step - 1;
}
