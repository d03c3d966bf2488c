using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Interviews;
using CultureHub.Core.Introductions;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;
using CultureHub.Core.Projects;
using CultureHub.Core.Spaces;
using CultureHub.Core.Workshops;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>LiteDB behind Core's store interfaces. Options come from the <c>Storage</c> section.</summary>
    public static IServiceCollection AddLiteDbStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LiteDbContext>();
        services.AddSingleton<IMemberStore, LiteDbMemberStore>();
        services.AddSingleton<IInterviewStore, LiteDbInterviewStore>();
        services.AddSingleton<IAdapterStateStore, LiteDbAdapterStateStore>();
        services.AddSingleton<IPendingUpdateStore, LiteDbPendingUpdateStore>();
        services.AddSingleton<IIntroductionStore, LiteDbIntroductionStore>();
        services.AddSingleton<IMailboxStore, LiteDbMailboxStore>();
        services.AddSingleton<IOutboxStore, LiteDbOutboxStore>();
        services.AddSingleton<IRoundLog, LiteDbRoundLog>();
        services.AddSingleton<IWorkshopStore, LiteDbWorkshopStore>();
        services.AddSingleton<IProjectStore, LiteDbProjectStore>();
        services.AddSingleton<ISpaceStore, LiteDbSpaceStore>();
        services.AddSingleton<IErasureCompactor, LiteDbErasureCompactor>();
        services.AddHealthChecks().AddCheck<LiteDbHealthCheck>("store", tags: [HealthTags.Readiness]);
        services.AddSingleton<IHandlingReceipts, LiteDbHandlingReceipts>();
        return services;
    }
}
