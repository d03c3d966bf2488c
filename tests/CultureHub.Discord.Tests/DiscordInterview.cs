namespace CultureHub.Discord.Tests;

/// <summary>Walks one Discord user through the interview by DM and buttons, the way a member would.</summary>
public static class DiscordInterview
{
    public static async Task RunAsync(DiscordTestHost host, string userId, string name)
    {
        var dm = $"channels/9{userId}/messages";
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DiscordPayloads.DirectMessage(userId, "Hallo"));
        var consent = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages.Where(m => m.Path == dm)))
            .First(id => id.StartsWith("consent:yes", StringComparison.Ordinal));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", DiscordPayloads.Button(userId, consent));

        foreach (var answer in new[] { name, "Ich fotografiere Konzerte und Theater", "Musikerinnen für Videos", "Hannover" })
        {
            await host.DispatchAndWaitAsync("MESSAGE_CREATE", DiscordPayloads.DirectMessage(userId, answer));
        }

        var sectors = DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages.Where(m => m.Path == dm))).ToList();
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", DiscordPayloads.Button(userId, sectors.First(id => id.StartsWith("iv:sector:", StringComparison.Ordinal))));
        await host.DispatchAndWaitAsync("INTERACTION_CREATE", DiscordPayloads.Button(userId, "iv:sectors:done"));
        await host.DispatchAndWaitAsync("MESSAGE_CREATE", DiscordPayloads.DirectMessage(userId, "https://example.org/" + userId));
        if (!DiscordTestHost.ButtonIds(DiscordTestHost.LastButtons(host.Server.Messages)).Contains("iv:confirm"))
        {
            throw new InvalidOperationException("The interview did not reach its confirmation.");
        }

        await host.DispatchAndWaitAsync("INTERACTION_CREATE", DiscordPayloads.Button(userId, "iv:confirm"));
    }
}
