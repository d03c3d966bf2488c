using System.Globalization;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Workshops;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>Workshops end to end through the real Telegram.Bot client and the fake Bot API.</summary>
public sealed class WorkshopTests
{
    private const string Staff = "telegram:9001";
    private const string Title = "Songwriting im Proberaum";

    // Oldenburg is the third hub in appsettings.json; its team manages workshops from Telegram.
    private static readonly Dictionary<string, string?> Settings = new() { ["Hubs:2:Staff:0"] = Staff };

    [Fact]
    public async Task Workshop_ListOpenSignUpByButtonAndCancel_WaitlistedMemberPromoted()
    {
        await using var host = await TelegramTestHost.StartAsync(Settings);
        var mara = new FakeTelegramUser(1101, "Mara", "mara_music", "de");
        var ole = new FakeTelegramUser(1102, "Ole", null, "de");
        await new InterviewDriver(host, mara, Language.De).RunAsync();
        await new InterviewDriver(host, ole, Language.De) { Name = "Ole" }.RunAsync();
        var workshop = await PublishAsync(host, capacity: 1);

        var list = Assert.Single(await host.SayAsync(mara, "/workshops"));
        Assert.Contains(Title, list.Text, StringComparison.Ordinal);
        Assert.Contains($"/workshop {workshop.Id}", list.Text, StringComparison.Ordinal);

        var card = await host.SayAsync(mara, $"/workshop {workshop.Id}");
        var document = Assert.Single(card, m => m.Method == "sendDocument");
        Assert.Equal($"workshop-{workshop.Id}.ics", document.Parameters["document"]?["file_name"]?.GetValue<string>());
        var signUp = Assert.Single(document.Buttons, b => b.Data == $"ws:signup:{workshop.Id}");

        var answersBefore = host.Api.Calls("answerCallbackQuery").Count;
        var signedUp = await host.PressAsync(mara, signUp.Data!);
        Assert.Equal(answersBefore + 1, host.Api.Calls("answerCallbackQuery").Count);
        Assert.Contains(signedUp, m => m.Text!.StartsWith(Html(host, "ws.signup.done", Title, "x")[..30], StringComparison.Ordinal));
        Assert.Contains($"/workshop {workshop.Id}", Assert.Single(await host.SayAsync(mara, "/myworkshops")).Text, StringComparison.Ordinal);

        var waitlisted = Assert.Single(await host.SayAsync(ole, $"/signup {workshop.Id}"));
        Assert.Equal(Html(host, "ws.signup.waitlisted", Title, 1), waitlisted.Text);

        var oleBefore = host.Api.MessagesTo(ole.Id).Count;
        var cancelled = Assert.Single(await host.SayAsync(mara, $"/cancel {workshop.Id}"));
        Assert.Equal(Html(host, "ws.cancel.done", Title), cancelled.Text);
        var promotion = host.Api.MessagesTo(ole.Id).Skip(oleBefore).ToList();
        Assert.Contains(promotion, m => m.Text?.StartsWith(Html(host, "ws.promoted", Title, "x")[..40], StringComparison.Ordinal) == true);
        Assert.Contains(promotion, m => m.Method == "sendDocument" && m.Buttons.Any(b => b.Data == $"ws:cancel:{workshop.Id}"));
        await AssertStatusAsync(host, workshop, ole, RegistrationStatus.Confirmed);
        await AssertStatusAsync(host, workshop, mara, RegistrationStatus.Cancelled);
    }

    [Fact]
    public async Task NewWorkshop_StaffOnTelegram_PublishesThroughTheForm()
    {
        await using var host = await TelegramTestHost.StartAsync(Settings);
        var team = new FakeTelegramUser(9001, "Hub-Team", null, "de");

        await host.SayAsync(team, "/newworkshop");
        await host.SayAsync(team, Title);
        var hubs = await host.SayAsync(team, "Wir schreiben in kleinen Gruppen einen Song.");
        await host.PressAsync(team, Assert.Single(hubs.SelectMany(m => m.Buttons), b => b.Data == "ws:hub:oldenburg").Data!);
        await host.SayAsync(team, host.Service<RegionTime>().ToLocal(host.Service<TimeProvider>().GetUtcNow().AddDays(10)).ToString("dd.MM.yyyy 18:00", CultureInfo.InvariantCulture));
        await host.SayAsync(team, "8");

        var workshop = Assert.Single(await host.Service<IWorkshopStore>().InStateAsync(WorkshopState.Published, CancellationToken.None));
        Assert.Equal(Title, workshop.Title);
        Assert.Equal(Staff, workshop.ProposedBy);
    }

    private static Task<Workshop> PublishAsync(TelegramTestHost host, int capacity) =>
        host.Service<WorkshopAdminService>().CreateAsync(
            new WorkshopRequest(Title, "Wir schreiben in kleinen Gruppen einen Song.", "oldenburg",
                host.Service<TimeProvider>().GetUtcNow().AddDays(10), capacity, Staff, null),
            "Hub-Team",
            CancellationToken.None);

    private static async Task AssertStatusAsync(TelegramTestHost host, Workshop workshop, FakeTelegramUser user, RegistrationStatus status)
    {
        var member = await host.Service<IMemberStore>().FindByIdentityAsync(new PlatformIdentity(ChatPlatform.Telegram, user.Id.ToString(CultureInfo.InvariantCulture)), CancellationToken.None);
        var registration = await host.Service<IWorkshopStore>().GetRegistrationAsync(workshop.Id, member!.Id, CancellationToken.None);
        Assert.Equal(status, registration?.Status);
    }

    private static string Html(TelegramTestHost host, string key, params object[] arguments) =>
        Sending.TelegramText.EscapeHtml(host.Texts.Format(Language.De, key, arguments));
}
