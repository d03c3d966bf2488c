using CultureHub.Core.Chat;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CultureHub.Telegram.Tests;

public sealed class RegistrationTests
{
    [Fact]
    public void AddTelegram_NoToken_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddTelegram(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Token"] = " " }).Build());

        Assert.Empty(services);
    }

    [Fact]
    public void AddTelegram_WithToken_RegistersChannelAndPoller()
    {
        var services = new ServiceCollection();

        services.AddTelegram(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:Token"] = "1:abc" }).Build());

        Assert.Contains(services, s => s.ServiceType == typeof(IChatChannel));
        Assert.Contains(services, s => s.ServiceType == typeof(IHostedService));
    }
}
