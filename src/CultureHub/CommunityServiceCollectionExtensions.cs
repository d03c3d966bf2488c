using CultureHub.Analysis;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Introductions;
using CultureHub.Core.Matching;
using CultureHub.Core.Privacy;
using CultureHub.Core.Projects;
using CultureHub.Core.Spaces;
using CultureHub.Core.Workshops;
using CultureHub.Resilience;
using CultureHub.Storage;
using CultureHub.Web.Workshops;

namespace CultureHub;

/// <summary>The community features, each with its options bound to its own section and validated on start.</summary>
public static class CommunityServiceCollectionExtensions
{
    /// <summary>Chat routing, the interview, privacy self-service, the outbox's backoff, and LiteDB behind the core's stores.</summary>
    public static IServiceCollection AddCommunityCore(this IServiceCollection services)
    {
        services.AddCultureHubCore();
        services.AddOptions<RegionOptions>().BindConfiguration(RegionOptions.SectionName).ValidateDataAnnotations()
            .Validate<IConfiguration>((_, configuration) => configuration["Introductions:TimeZone"] is null,
                "Introductions:TimeZone has moved to Region:TimeZone (one time zone for rounds, workshops and calendar files).")
            .ValidateOnStart();
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRetryBackoff();
        return services.AddLiteDbStorage();
    }

    /// <summary>Reading competences, the offline complementary matcher, and double opt-in introductions.</summary>
    public static IServiceCollection AddMatchingAndIntroductions(this IServiceCollection services)
    {
        services.AddCompetenceReading();
        services.AddOptions<IntroductionOptions>().BindConfiguration(IntroductionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CommunityIndex>();
        services.AddSingleton<IMatchSource, OfflineMatchSource>();
        return services.AddIntroductions();
    }

    /// <summary>The regional hubs and their workshops, with calendar files and participant exports.</summary>
    public static IServiceCollection AddHubWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubsOptions>().Bind(configuration).ValidateDataAnnotations()
            .Validate(HubsOptions.IsValid, "Every hub needs a unique id, a name and valid coordinates.")
            .Validate(HubsOptions.HasNoWebStaff, "Hubs: web: identities cannot be hub staff (web chat visitors are anonymous); list their Telegram or Discord identity.")
            .Validate<IConfiguration>(
                (_, settings) => settings.GetSection(HubsOptions.SectionName).GetChildren().All(hub => hub["DiscordChannelId"] is null),
                "Hubs:<n>:DiscordChannelId has moved to the Discord section: set Discord:HubChannels:<hub id> to the channel id.")
            .ValidateOnStart();
        services.AddOptions<WorkshopOptions>().BindConfiguration(WorkshopOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddWorkshops();
        return services.AddWorkshopFiles();
    }

    /// <summary>Projects: a team of complementary people for one idea, and a place to meet. Needs matching and the hubs.</summary>
    public static IServiceCollection AddProjectTeams(this IServiceCollection services)
    {
        services.AddOptions<ProjectOptions>().BindConfiguration(ProjectOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddProjects();
    }

    /// <summary>Spaces and gear members and hubs share: /share, /find, /book, approvals, reminders.</summary>
    public static IServiceCollection AddSpacesAndGear(this IServiceCollection services)
    {
        services.AddOptions<SpaceOptions>().BindConfiguration(SpaceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services.AddSpaces();
    }
}
