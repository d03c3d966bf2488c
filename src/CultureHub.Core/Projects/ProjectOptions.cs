using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Projects;

public sealed class ProjectOptions
{
    public const string SectionName = "Projects";

    /// <summary>Roles one project may ask for.</summary>
    [Range(1, 10)]
    public int MaxRoles { get; set; } = 6;

    /// <summary>Candidates kept per role (the first is proposed, the others are the alternatives).</summary>
    [Range(1, 10)]
    public int CandidatesPerRole { get; set; } = 4;

    /// <summary>Open project invitations one member may hold at once, so nobody is flooded.</summary>
    [Range(1, 20)]
    public int MaxOpenInvitationsPerMember { get; set; } = 2;

    [Range(1, 60)]
    public int InvitationLifetimeDays { get; set; } = 7;

    /// <summary>When the project named no date: ask the initiator what came of it this many days after the start.</summary>
    [Range(1, 365)]
    public int OutcomeFollowUpDays { get; set; } = 30;

    /// <summary>How often a role nobody offers is searched again when the initiator asked to keep looking.</summary>
    [Range(1, 60)]
    public int SearchAgainDays { get; set; } = 7;

    /// <summary>A hub farther than this from any team member is not "within reach": the town in the middle is suggested.</summary>
    [Range(5, 500)]
    public int MeetingReachKm { get; set; } = 60;
}
