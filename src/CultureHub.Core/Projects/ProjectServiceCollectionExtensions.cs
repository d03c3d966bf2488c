using CultureHub.Core.Introductions;
using CultureHub.Core.Chat;
using CultureHub.Core.Insights;
using CultureHub.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Projects;

public static class ProjectServiceCollectionExtensions
{
    /// <summary>
    /// /project and /projects, team proposals, invitations, the team conversation, follow-ups, and the
    /// evaluation's project figures. Needs the matcher (taxonomy, reader), introductions and the hubs.
    /// </summary>
    public static IServiceCollection AddProjects(this IServiceCollection services)
    {
        services.TryAddSingleton<MeetingPlaces>();
        services.Replace(ServiceDescriptor.Singleton<IMeetingPlaces>(provider => provider.GetRequiredService<MeetingPlaces>()));
        services.AddSingleton<ProjectLocks>();
        services.AddSingleton<ProjectDateReader>();
        services.AddSingleton<ProjectMessages>();
        services.AddSingleton<ProjectViews>();
        services.AddSingleton<TeamFinder>();
        services.AddSingleton<ProjectTeamSpace>();
        services.AddSingleton<ProjectService>();
        services.AddSingleton<ProjectInvitations>();
        services.AddSingleton<ProjectClosing>();
        services.AddSingleton<ProjectOutcomeAnswers>();
        services.AddSingleton<ProjectForm>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<ProjectForm>());
        services.AddSingleton<ProjectRelay>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<ProjectRelay>());
        services.AddSingleton<IRelayedConversations>(sp => sp.GetRequiredService<ProjectRelay>());
        services.AddSingleton<ProjectSweeper>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<ProjectSweeper>());
        services.AddSingleton<IButtonHandler, ProjectButtons>();
        services.AddSingleton<IChatCommand, ProjectCommand>();
        services.AddSingleton<IChatCommand, ProjectsCommand>();
        services.AddSingleton<IMemberDataOwner, ProjectDataOwner>();
        services.Replace(ServiceDescriptor.Singleton<IProjectOutcomes, ProjectOutcomes>());
        return services;
    }
}
