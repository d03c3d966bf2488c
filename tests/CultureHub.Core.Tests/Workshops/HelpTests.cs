using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.TestKit;

namespace CultureHub.Core.Tests.Workshops;

/// <summary>/help lists the staff commands only to hub staff and the network's coordinators.</summary>
public sealed class HelpTests : IDisposable
{
    private static readonly string[] StaffCommands = ["/newworkshop", "/participants", "/editworkshop", "/cancelworkshop", "/dashboard"];
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Help_ForAMember_ListsNoStaffCommands()
    {
        var help = await HelpAsync(Web("anna"), "member.db");

        Assert.Contains("/workshops", help, StringComparison.Ordinal);
        Assert.Contains("/help", help, StringComparison.Ordinal);
        Assert.All(StaffCommands, command => Assert.DoesNotContain(command + " ", help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_ForHubStaff_ListsTheStaffCommands()
    {
        var help = await HelpAsync(WorkshopHarness.StaffIdentity, "staff.db");

        Assert.Contains("/workshops", help, StringComparison.Ordinal);
        Assert.All(StaffCommands, command => Assert.Contains(command + " ", help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_ForANetworkCoordinator_ListsTheStaffCommands()
    {
        var coordinator = new PlatformIdentity(ChatPlatform.Telegram, "coordinator");
        var help = await HelpAsync(coordinator, "coordinator.db", settings: ("Dashboard:StaffIdentities:0", coordinator.Key));

        Assert.Contains("/dashboard ", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_ForAMember_AnswersWithTheMembersHelp()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("unknown.db"));

        var replies = await harness.Get<ChatRouter>().HandleAsync(new CommandInput(new ChatSender(Web("anna")), "frobnicate", string.Empty), CancellationToken.None);

        var help = WorkshopHarness.Text(replies);
        Assert.Contains("/workshops", help, StringComparison.Ordinal);
        Assert.DoesNotContain("/newworkshop", help, StringComparison.Ordinal);
    }

    private async Task<string> HelpAsync(PlatformIdentity user, string database, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? configure = null, params (string Key, string Value)[] settings)
    {
        await using var harness = WorkshopHarness.Create(_folder.File(database), configure: configure, settings: settings);
        var replies = await harness.Get<ChatRouter>().HandleAsync(new CommandInput(new ChatSender(user), "help", string.Empty), CancellationToken.None);
        return WorkshopHarness.Text(replies);
    }

    private static PlatformIdentity Web(string user) => new(ChatPlatform.Web, user);

    public void Dispose() => _folder.Dispose();
}
