using CultureHub.Core.Workshops;

namespace CultureHub.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private static readonly HubsOptions Hubs = new() { Hubs = [new HubOptions { Id = "oldenburg" }, new HubOptions { Id = "leer" }] };

    [Theory]
    [InlineData("oldenburg", "1450000000000000001", true)]
    [InlineData("Oldenburg", "1450000000000000001", true)]
    [InlineData("osnabrueck", "1450000000000000001", false)]
    [InlineData("leer", "#workshops", false)]
    [InlineData("leer", "", false)]
    public void HasValidHubChannels_ChecksHubAndChannelId(string hub, string channel, bool expected)
    {
        var options = new DiscordOptions();
        options.HubChannels[hub] = channel;

        Assert.Equal(expected, DiscordOptions.HasValidHubChannels(options, Hubs));
    }
}
