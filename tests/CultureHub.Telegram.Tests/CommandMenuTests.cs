using CultureHub.Core.Members;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>The command menus as the Bot API receives them: members' commands for everybody, the full list per staff chat.</summary>
public sealed class CommandMenuTests
{
    private const long HubStaff = 9001;
    private const long Coordinator = 9002;
    private static readonly string[] StaffCommands = ["cancelworkshop", "dashboard", "editworkshop", "newworkshop", "participants"];

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Hubs:2:Staff:0"] = $"telegram:{HubStaff}",
        ["Hubs:2:Staff:1"] = "discord:2100000000000000009",
        ["Dashboard:StaffIdentities:0"] = $"telegram:{Coordinator}",
        ["Dashboard:StaffIdentities:1"] = $"Telegram:{HubStaff}",
    };

    [Fact]
    public async Task Startup_StaffConfigured_MembersMenuWithoutStaffCommandsAndFullMenuPerStaffChat()
    {
        await using var host = await TelegramTestHost.StartAsync(Settings);
        await host.Api.WaitUntilAsync(api => api.Calls("setMyCommands").Count == 6);
        await host.Api.WaitUntilAsync(api => api.Calls("getUpdates").Count > 0);

        var menus = host.Api.Calls("setMyCommands");
        Assert.Equal(6, menus.Count);
        Assert.Equal(
            [(null, null), (null, "en"), (HubStaff, null), (HubStaff, "en"), (Coordinator, null), (Coordinator, "en")],
            menus.Select(m => (m.ChatId, m.Parameters["language_code"]?.ToString())).ToList());
        Assert.All(menus.Skip(2), m => Assert.Equal("chat", m.ScopeObject!["type"]!.ToString()));
        Assert.All(menus.Take(2), m => Assert.Null(m.ScopeObject));

        var members = Names(menus[0]);
        Assert.Contains("profile", members);
        Assert.Empty(members.Intersect(StaffCommands));
        Assert.Equal(members, Names(menus[1]));
        foreach (var staffMenu in menus.Skip(2))
        {
            Assert.Equal(members.Union(StaffCommands).Order(StringComparer.Ordinal), Names(staffMenu));
        }

        var englishStaff = menus[3].Parameters["commands"]!.AsArray().Single(c => c!["command"]!.ToString() == "dashboard")!;
        Assert.Equal(host.Texts.Get(Language.En, "command.dashboard"), englishStaff["description"]!.ToString());
    }

    [Fact]
    public async Task Startup_StaffChatNotFound_OtherMenusStillSetAndPollingStarts()
    {
        await using var host = await TelegramTestHost.StartAsync(Settings, isStarted: false);
        host.Api.FailNext("setMyCommands", 400, "Bad Request: chat not found", chatId: HubStaff);
        await host.StartHostAsync();
        await host.Api.WaitUntilAsync(api => api.Calls("getUpdates").Count > 0);

        var menus = host.Api.Calls("setMyCommands");
        Assert.Equal([null, null, HubStaff, Coordinator, Coordinator], menus.Select(m => m.ChatId).ToList());
    }

    [Fact]
    public async Task Restart_StaffMemberRemoved_TheirStaffMenuIsDeletedAndTheOthersKept()
    {
        var settings = new Dictionary<string, string?>(Settings);
        await using var host = await TelegramTestHost.StartAsync(settings);
        // polling starts once the menus are published and remembered
        await host.Api.WaitUntilAsync(api => api.Calls("setMyCommands").Count == 6 && api.Calls("getUpdates").Count > 0);
        await host.StopHostAsync();
        var polledBefore = host.Api.Calls("getUpdates").Count;

        settings.Remove("Dashboard:StaffIdentities:0");
        await host.StartHostAsync();
        await host.Api.WaitUntilAsync(api => api.Calls("getUpdates").Count > polledBefore);

        var deleted = host.Api.Calls("deleteMyCommands");
        Assert.Equal([(Coordinator, null), (Coordinator, "en")], deleted.Select(m => (m.ChatId, m.Parameters["language_code"]?.ToString())).ToList());
        Assert.All(deleted, m => Assert.Equal("chat", m.ScopeObject!["type"]!.ToString()));
        var secondStart = host.Api.Calls("setMyCommands").Skip(6).Select(m => m.ChatId).ToList();
        Assert.Equal([null, null, HubStaff, HubStaff], secondStart);
    }

    private static List<string> Names(FakeBotRequest menu) =>
        [.. menu.Parameters["commands"]!.AsArray().Select(c => c!["command"]!.ToString())];
}
