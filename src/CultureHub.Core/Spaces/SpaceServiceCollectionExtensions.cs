using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Introductions;
using CultureHub.Core.Privacy;
using CultureHub.Core.Workshops;
using CultureHub.Core.Matching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CultureHub.Core.Spaces;

public static class SpaceServiceCollectionExtensions
{
    /// <summary>Sharing, finding and booking spaces and gear. Needs an <see cref="ISpaceStore"/>, the taxonomy reader, the hubs and an <see cref="ICalendarWriter"/>.</summary>
    public static IServiceCollection AddSpaces(this IServiceCollection services)
    {
        services.TryAddSingleton<CompetenceSuggester>();
        services.AddSingleton<ListingKinds>();
        services.AddSingleton<ListingQuery>();
        services.AddSingleton<ListingFinder>();
        services.AddSingleton<SpaceMessages>();
        services.AddSingleton<SpaceNotices>();
        services.AddSingleton<BookingReplies>();
        services.AddSingleton<ListingReplies>();
        services.AddSingleton<ListingFormQuestions>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<BookingDecisions>();
        services.AddSingleton<ListingAdmin>();
        services.AddSingleton<ListingForm>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<ListingForm>());
        services.AddSingleton<BookingFlow>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<BookingFlow>());
        services.AddSingleton<IButtonHandler, SpaceButtons>();
        services.AddSingleton<BookingReminders>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<BookingReminders>());
        services.AddSingleton<IMemberDataOwner, SpaceDataOwner>();
        services.AddSingleton<ListingSuggestions>();
        services.AddSingleton<IProfileSavedListener>(sp => sp.GetRequiredService<ListingSuggestions>());
        services.AddSingleton<IMatchCompanion>(sp => sp.GetRequiredService<ListingSuggestions>());
        services.AddSingleton<ICommandArgumentSource, SpaceArgumentSource>();
        services.AddChatCommand<ShareCommand>();
        services.AddChatCommand<FindCommand>();
        services.AddChatCommand<BookCommand>();
        services.AddChatCommand<MyBookingsCommand>();
        services.AddChatCommand<MyListingsCommand>();
        services.AddChatCommand<EditListingCommand>();
        return services;
    }
}
