using CultureHub.Core.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace CultureHub.Web;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.AddOptions<WebChatOptions>().BindConfiguration(WebChatOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WebChatChannel>();
        services.AddHealthChecks();
        services.AddSingleton<IChatChannel>(sp => sp.GetRequiredService<WebChatChannel>());
        return services;
    }
}
