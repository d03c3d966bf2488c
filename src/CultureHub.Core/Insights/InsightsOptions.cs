using System.ComponentModel.DataAnnotations;

namespace CultureHub.Core.Insights;

/// <summary>The <c>Insights</c> section: evaluation periods and what counts as "within reach".</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>Length of an evaluation period in months, on a grid starting in January (3 = quarters).</summary>
    [AllowedValues(1, 2, 3, 4, 6, 12)]
    public int PeriodMonths { get; set; } = 3;

    /// <summary>How far a provider may live from a seeker whose need is met in person (needs table, suggestions).</summary>
    [Range(5, 500)]
    public double InPersonReachKm { get; set; } = 50;

    /// <summary>How many topics the workshop suggestions list for a hub.</summary>
    [Range(1, 50)]
    public int SuggestionsPerHub { get; set; } = 10;
}
