using CultureHub.Core.Chat;
using CultureHub.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Introductions;

public static class IntroductionServiceCollectionExtensions
{
    /// <summary>Matching rounds, double opt-in introductions, relays and follow-ups. Needs an <see cref="IMatchSource"/>.</summary>
    public static IServiceCollection AddIntroductions(this IServiceCollection services)
    {
        services.TryAddSingleton<IMeetingPlaces, NoMeetingPlaces>();
        services.AddSingleton<IntroductionMessages>();
        services.AddSingleton<IntroductionService>();
        services.AddSingleton<IntroductionSweeper>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<IntroductionSweeper>());
        services.AddSingleton<MatchingRoundService>();
        services.AddSingleton<IButtonHandler, IntroductionButtons>();
        services.AddSingleton<IButtonHandler, FollowUpButtons>();
        services.AddSingleton<ITextInterceptor, RelayInterceptor>();
        services.AddSingleton<IChatCommand, MatchCommand>();
        services.AddSingleton<IChatCommand, EndRelayCommand>();
        services.AddSingleton<IMemberDataOwner, IntroductionDataOwner>();
        return services;
    }
}
