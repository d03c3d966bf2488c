using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Insights;

public static class InsightsServiceCollectionExtensions
{
    /// <summary>
    /// The evaluation figures, the map's geography and the hubs' workshop suggestions. Needs the stores,
    /// the hubs and the <see cref="Matching.ProfileReader"/>; <see cref="IProjectOutcomes"/> defaults to none.
    /// </summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddSingleton<NiedersachsenMap>();
        services.AddSingleton<InsightsService>();
        services.AddSingleton<WorkshopSuggestions>();
        services.TryAddSingleton<IProjectOutcomes, NoProjectOutcomes>();
        return services;
    }
}
