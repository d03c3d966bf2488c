using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Introductions;

public sealed class IntroductionOptions
{
    public const string SectionName = "Introductions";

    /// <summary>Quartz cron for matching rounds, in the region's time zone (<see cref="RegionOptions.TimeZone"/>). Default: Mondays 10:00.</summary>
    [Required]
    public string RoundCron { get; set; } = "0 0 10 ? * MON";

    /// <summary>At most this many new proposals per member and round.</summary>
    [Range(1, 10)]
    public int MaxProposalsPerRound { get; set; } = 2;

    /// <summary>How often one member may be proposed to others in one round.</summary>
    [Range(1, 20)]
    public int MaxTimesProposedPerRound { get; set; } = 3;

    [Range(1, 60)]
    public int ProposalLifetimeDays { get; set; } = 7;

    [Range(1, 60)]
    public int MetFollowUpDays { get; set; } = 7;

    [Range(1, 365)]
    public int OutcomeFollowUpDays { get; set; } = 30;

    /// <summary>Unanswered proposals in a row after which matching pauses for the member.</summary>
    [Range(1, 20)]
    public int GhostLimit { get; set; } = 3;

    /// <summary>How often a member may ask for someone now with /match.</summary>
    [Range(0, 24 * 30)]
    public int OnDemandCooldownHours { get; set; } = 24;

    /// <summary>How often the due-work sweep (expiry, follow-ups) runs, in seconds.</summary>
    [Range(5, 3600)]
    public int SweepIntervalSeconds { get; set; } = 60;
}
