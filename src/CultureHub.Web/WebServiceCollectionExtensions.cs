using CultureHub.Core.Chat;
using CultureHub.Core.Commands;
using CultureHub.Web.Visitors;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Web;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName("CultureHub");
        services.AddOptions<KeyManagementOptions>().Configure<IAdapterStateStore>((keys, store) => keys.XmlRepository = new StoredKeyRing(store));
        services.AddSingleton<PublicAddress>();
        services.AddSingleton<VisitorCookies>();
        services.AddSingleton<DeviceLinks>();
        services.AddSingleton<IDeviceLinks>(sp => sp.GetRequiredService<DeviceLinks>());
        services.AddSingleton<IChatCommand, DeviceCommand>();
        services.AddChatRateLimits();
        services.AddSingleton<WebChatChannel>();
        services.AddHealthChecks();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<WebChatChannel>());
        return services;
    }
}
