using System.Globalization;
using CultureHub.Core;
using CultureHub.Core.Members;
using CultureHub.TestKit.Telegram;

namespace CultureHub.Telegram.Tests;

/// <summary>Spaces and gear end to end through the real Telegram.Bot client, inline keyboards and the fake Bot API.</summary>
public sealed class SpacesTests
{
    [Fact]
    public async Task ShareFindBookApprove_OnTelegram_SecondRequestGetsAlternatives()
    {
        await using var host = await TelegramTestHost.StartAsync();
        var mara = new FakeTelegramUser(2101, "Mara", "mara_music", "de");
        var ole = new FakeTelegramUser(2102, "Ole", null, "de");
        var ida = new FakeTelegramUser(2103, "Ida", null, "de");
        await new InterviewDriver(host, mara, Language.De).RunAsync();
        await new InterviewDriver(host, ole, Language.De) { Name = "Ole" }.RunAsync();
        await new InterviewDriver(host, ida, Language.De) { Name = "Ida" }.RunAsync();
        await ShareAsync(host, mara);
        var friday = NextFriday(host);

        var found = Assert.Single(await host.SayAsync(ole, "/find Proberaum bei Cloppenburg"));
        Assert.Contains("Proberaum im Kulturbahnhof", found.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bahnhofstraße", found.Text, StringComparison.Ordinal);
        var book = Assert.Single(found.Buttons, b => b.Data!.Contains("book", StringComparison.Ordinal));
        await host.PressAsync(ole, book.Data!);

        var maraBefore = host.Api.MessagesTo(mara.Id).Count;
        await host.SayAsync(ole, $"{friday} 19–22 Uhr");
        var request = host.Api.MessagesTo(mara.Id).Skip(maraBefore).Single(m => m.Buttons.Count > 0);
        var approve = Assert.Single(request.Buttons, b => b.Data!.StartsWith("sp:approve:", StringComparison.Ordinal));

        var oleBefore = host.Api.MessagesTo(ole.Id).Count;
        var approved = await host.PressAsync(mara, approve.Data!);
        Assert.Contains(approved, m => m.Method == "sendDocument");
        var confirmation = host.Api.MessagesTo(ole.Id).Skip(oleBefore).ToList();
        Assert.EndsWith(".ics", confirmation.Single(m => m.Method == "sendDocument").Parameters["document"]?["file_name"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(confirmation, m => m.Text?.Contains("Bahnhofstraße 5", StringComparison.Ordinal) == true);

        await host.PressAsync(ida, Assert.Single(Assert.Single(await host.SayAsync(ida, "/find Proberaum bei Cloppenburg")).Buttons).Data!);
        var refused = Assert.Single(await host.SayAsync(ida, $"{friday} 19–22 Uhr"));
        Assert.Contains("schon vergeben", refused.Text, StringComparison.Ordinal);
        Assert.Contains(refused.Buttons, b => b.Data!.StartsWith("sp:alt:", StringComparison.Ordinal));
    }

    internal static async Task ShareAsync(TelegramTestHost host, FakeTelegramUser owner)
    {
        var kinds = await host.SayAsync(owner, "/share");
        await host.PressAsync(owner, kinds.SelectMany(m => m.Buttons).Single(b => b.Data == "sp:kind:rehearsal_room").Data!);
        foreach (var answer in new[] { "Proberaum im Kulturbahnhof", "Lohne", "Bahnhofstraße 5", "Fr 18–23 Uhr, Sa 10–22 Uhr", "6", "15 € pro Abend" })
        {
            await host.SayAsync(owner, answer);
        }

        var created = await host.SayAsync(owner, "Schlagzeug und Gesangsanlage sind da.");
        Assert.Contains(created, m => m.Text?.Contains("ist jetzt zu finden", StringComparison.Ordinal) == true);
    }

    /// <summary>The Friday at least two days ahead, as "dd.MM.yyyy".</summary>
    internal static string NextFriday(TelegramTestHost host)
    {
        var today = host.Service<RegionTime>().ToLocal(host.Service<TimeProvider>().GetUtcNow()).Date.AddDays(2);
        var friday = today.AddDays(((int)DayOfWeek.Friday - (int)today.DayOfWeek + 7) % 7);
        return friday.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
    }
}
