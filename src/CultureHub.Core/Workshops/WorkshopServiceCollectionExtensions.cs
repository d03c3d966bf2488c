using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Core.Workshops;

public static class WorkshopServiceCollectionExtensions
{
    /// <summary>Workshops at the hubs, and members' consent to be asked to give one. Needs a ProfileReader, an <see cref="IWorkshopStore"/>, <see cref="ICalendarWriter"/> and <see cref="IParticipantExporter"/>.</summary>
    public static IServiceCollection AddWorkshops(this IServiceCollection services)
    {
        services.AddSingleton<HubDirectory>();
        services.AddSingleton<IStaffRoster>(sp => sp.GetRequiredService<HubDirectory>());
        services.AddSingleton<WorkshopLocks>();
        services.AddSingleton<WorkshopMessages>();
        services.AddSingleton<WorkshopTimeParser>();
        services.AddSingleton<WorkshopNotifier>();
        services.AddSingleton<WorkshopService>();
        services.AddSingleton<WorkshopAdminService>();
        services.AddSingleton<WorkshopAttendance>();
        services.AddSingleton<WorkshopStatistics>();
        services.AddSingleton<WorkshopForm>();
        services.AddSingleton<ITextInterceptor>(sp => sp.GetRequiredService<WorkshopForm>());
        services.AddSingleton<WorkshopReminders>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<WorkshopReminders>());
        services.AddSingleton<WaitlistNotices>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<WaitlistNotices>());
        services.AddSingleton<WorkshopIntroductions>();
        services.AddSingleton<IDueWork>(sp => sp.GetRequiredService<WorkshopIntroductions>());
        services.AddSingleton<IMemberDataOwner, WorkshopDataOwner>();
        services.AddSingleton<IProfileSavedListener, WorkshopDeepLink>();
        services.AddSingleton<HostingConsentService>();
        services.AddSingleton<IProfileSavedListener>(sp => sp.GetRequiredService<HostingConsentService>());
        services.AddSingleton<IButtonHandler, HostingButtons>();
        services.AddChatCommand<TeachCommand>();
        services.AddSingleton<ICommandArgumentSource, WorkshopArgumentSource>();
        services.AddSingleton<ParticipantsCommand>();
        services.AddSingleton<IChatCommand>(sp => sp.GetRequiredService<ParticipantsCommand>());
        services.AddSingleton<IButtonHandler, WorkshopButtons>();
        services.AddChatCommand<WorkshopsCommand>();
        services.AddChatCommand<WorkshopCommand>();
        services.AddChatCommand<SignUpCommand>();
        services.AddChatCommand<CancelCommand>();
        services.AddChatCommand<MyWorkshopsCommand>();
        services.AddChatCommand<CheckInCommand>();
        services.AddChatCommand<ProposeCommand>();
        services.AddChatCommand<NewWorkshopCommand>();
        services.AddChatCommand<EditWorkshopCommand>();
        services.AddChatCommand<CancelWorkshopCommand>();
        return services;
    }
}
