using System.Text;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Spaces;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>Spaces and gear through the real host and the web chat API, with a fake clock (Thursday 1 October 2026).</summary>
public sealed class SpacesFlowTests : IDisposable
{
    /// <summary>Oldenburg's hub staff, on Telegram: web chat visitors cannot be staff.</summary>
    private static readonly PlatformIdentity StaffOldenburg = new(ChatPlatform.Telegram, "4711");

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Hubs:2:Staff:0"] = StaffOldenburg.Key,
    };

    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    private Task<RunningHost> StartAsync() => RunningHost.StartOnClockAsync(_folder.File("spaces.db"), _clock, Settings);

    [Fact]
    public async Task ShareFindBookApprove_SecondBandForSameEvening_GetsAlternatives()
    {
        await using var host = await StartAsync();
        var lena = host.Visitor("lena");
        var kalle = host.Visitor("kalle");
        var mia = host.Visitor("mia");
        await IntroductionFlowTests.InterviewAsync(lena, "Lena", "Ich betreibe den Kulturbahnhof und spiele Bass", "Ich suche Bands für Konzerte", "Lohne");
        var listingId = await ShareRehearsalRoomAsync(lena);

        var saved = await kalle.CompleteInterviewAsync("Kalle", "Wir sind eine Punkband und spielen Gitarre", "Wir suchen einen Proberaum", "Cloppenburg");
        Assert.Contains("Proberaum im Kulturbahnhof", saved.AllText, StringComparison.Ordinal);
        await IntroductionFlowTests.InterviewAsync(mia, "Mia", "Ich singe in einer Indie-Band", "Wir suchen Auftritte", "Cloppenburg");

        var found = await kalle.SayAsync("/find Proberaum bei Cloppenburg");
        Assert.Contains("Proberaum im Kulturbahnhof", found.AllText, StringComparison.Ordinal);
        Assert.Contains("Lohne", found.AllText, StringComparison.Ordinal);
        Assert.Contains(" km", found.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bahnhofstraße", found.AllText, StringComparison.Ordinal);
        var byWords = await kalle.SayAsync("/find Gesangsanlage");
        Assert.Contains("Passend zu „Gesangsanlage“ in Name oder Beschreibung, bei Cloppenburg:", byWords.AllText, StringComparison.Ordinal);
        Assert.Contains("Proberaum im Kulturbahnhof", byWords.AllText, StringComparison.Ordinal);
        Assert.Contains("„Quxlyzorp“ kenne ich noch nicht", (await kalle.SayAsync("/find Quxlyzorp")).AllText, StringComparison.Ordinal);
        var book = found.Button("sp:book:");
        Assert.Contains("book", book.Id, StringComparison.Ordinal);

        var asked = await kalle.PressAsync(book.Id);
        Assert.DoesNotContain("Bahnhofstraße", asked.AllText, StringComparison.Ordinal);
        Assert.Contains("unterwegs", (await kalle.SayAsync("Fr 19–22 Uhr")).AllText, StringComparison.Ordinal);

        var request = await lena.InboxAsync();
        Assert.Contains("Kalle", request.AllText, StringComparison.Ordinal);
        Assert.Contains("02.10.2026, 19:00–22:00", request.AllText, StringComparison.Ordinal);
        var approve = request.Button("sp:approve:");
        var approved = await lena.PressAsync(approve.Id);
        Assert.EndsWith(".ics", Assert.Single(approved.Replies).Attachment!.FileName, StringComparison.Ordinal);
        Assert.Contains("Schon zugesagt", (await lena.PressAsync(approve.Id)).AllText, StringComparison.Ordinal);

        var confirmation = await kalle.InboxAsync();
        Assert.Contains("Bahnhofstraße 5", confirmation.AllText, StringComparison.Ordinal);
        var ics = Encoding.UTF8.GetString(Convert.FromBase64String(Assert.Single(confirmation.Replies).Attachment!.Base64));
        Assert.Contains("DTSTART;TZID=Europe/Berlin:20261002T190000", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Berlin:20261002T220000", ics, StringComparison.Ordinal);
        Assert.Contains("Bahnhofstraße 5", ics, StringComparison.Ordinal);

        var refused = await mia.PressAsync((await mia.SayAsync("/find Raum zum Proben bei Cloppenburg")).Button("sp:book:").Id);
        Assert.Contains("Wann", refused.AllText, StringComparison.Ordinal);
        var taken = await mia.SayAsync("Freitag 19-22 Uhr");
        Assert.Contains("schon vergeben", taken.AllText, StringComparison.Ordinal);
        var alternative = taken.Button("sp:alt:");
        Assert.Contains("Sa", alternative.Label, StringComparison.Ordinal);
        Assert.Contains("unterwegs", (await mia.PressAsync(alternative.Id)).AllText, StringComparison.Ordinal);
        Assert.Contains("✅", (await kalle.SayAsync("/mybookings")).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminder_DayBefore_ReachesBothSidesOnce()
    {
        await using var host = await StartAsync();
        var lena = host.Visitor("lena");
        var kalle = host.Visitor("kalle");
        await IntroductionFlowTests.InterviewAsync(lena, "Lena", "Ich spiele Bass", "Ich suche Bands", "Lohne");
        var listingId = await ShareRehearsalRoomAsync(lena);
        await IntroductionFlowTests.InterviewAsync(kalle, "Kalle", "Wir sind eine Punkband", "Wir suchen Auftritte", "Cloppenburg");
        Assert.Contains("unterwegs", (await kalle.SayAsync($"/book {listingId} Sa 3.10. 14-18 Uhr")).AllText, StringComparison.Ordinal);
        await lena.PressAsync((await lena.InboxAsync()).Button("sp:approve:").Id);
        await kalle.InboxAsync();

        var reminders = host.Get<BookingReminders>();
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        _clock.SetUtcNow(new DateTimeOffset(2026, 10, 2, 13, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await reminders.SendDueAsync(CancellationToken.None));
        Assert.Contains("Bahnhofstraße 5", (await kalle.InboxAsync()).AllText, StringComparison.Ordinal);
        Assert.Contains("Kalle", (await lena.InboxAsync()).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_EachGetsAFriendlyAnswerAndLosesNothing()
    {
        await using var host = await StartAsync();
        var lena = host.Visitor("lena");
        var kalle = host.Visitor("kalle");
        await IntroductionFlowTests.InterviewAsync(lena, "Lena", "Ich spiele Bass", "Ich suche Bands", "Lohne");
        await IntroductionFlowTests.InterviewAsync(kalle, "Kalle", "Wir sind eine Punkband", "Wir suchen Auftritte", "Cloppenburg");

        var start = await lena.SayAsync("/share");
        await lena.PressAsync(start.Button("sp:kind:rehearsal_room").Id);
        await lena.SayAsync("Proberaum im Kulturbahnhof");
        Assert.Contains("ohne Ort", (await lena.SayAsync("🎸🎸")).AllText, StringComparison.Ordinal);
        Assert.Contains("ohne Ort", (await lena.SayAsync("Atlantis")).AllText, StringComparison.Ordinal);
        Assert.Contains("Adresse", (await lena.SayAsync("Lohne")).AllText, StringComparison.Ordinal);
        await lena.SayAsync("Bahnhofstraße 5");
        Assert.Contains("nicht als Zeiten", (await lena.SayAsync("immer mal")).AllText, StringComparison.Ordinal);
        await lena.SayAsync("täglich 0-24 Uhr");
        await lena.PressAsync("sp:skip:-");
        await lena.SayAsync("kostenlos");
        var created = await lena.PressAsync("sp:skip:-");
        var id = System.Text.RegularExpressions.Regex.Match(created.AllText, @"\(ID (?<id>[a-z0-9]{5})\)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["id"].Value;
        Assert.Contains("kostenlos", created.AllText, StringComparison.Ordinal);

        Assert.Contains("selbst", (await lena.SayAsync($"/book {id} Fr 19-22 Uhr")).AllText, StringComparison.Ordinal);
        Assert.Contains("vorbei", (await kalle.SayAsync($"/book {id} 1.9.2026 19-22 Uhr")).AllText, StringComparison.Ordinal);
        Assert.Contains("vor dem Beginn", (await kalle.SayAsync("Fr 22-19 Uhr")).AllText, StringComparison.Ordinal);
        Assert.Contains("von 2 auf 3 Uhr", (await kalle.SayAsync("28.3.2027 2:30-4 Uhr")).AllText, StringComparison.Ordinal);
        var acrossMidnight = await kalle.SayAsync("Sa 22–2 Uhr");
        Assert.Contains("03.10.2026, 22:00 – ", acrossMidnight.AllText, StringComparison.Ordinal);
        Assert.Contains("04.10., 02:00", acrossMidnight.AllText, StringComparison.Ordinal);
        var dstNight = await kalle.SayAsync($"/book {id} So 28.3.2027 1-4 Uhr");
        Assert.Contains("28.03.2027, 01:00–04:00", dstNight.AllText, StringComparison.Ordinal);

        var request = await lena.InboxAsync();
        var approve = request.Buttons.First(b => b.Id.StartsWith("sp:approve:", StringComparison.Ordinal));
        await lena.PressAsync(approve.Id);
        Assert.Contains("Schon zugesagt", (await lena.PressAsync(approve.Id)).AllText, StringComparison.Ordinal);

        var remove = (await lena.SayAsync("/mylistings")).Button("sp:remove:");
        await lena.PressAsync((await lena.PressAsync(remove.Id)).Button("sp:removeok:").Id);
        Assert.Contains("von der anbietenden Seite storniert", (await kalle.InboxAsync()).AllText, StringComparison.Ordinal);
        Assert.Contains("nicht mehr angeboten", (await kalle.SayAsync($"/book {id} Fr 19-22 Uhr")).AllText, StringComparison.Ordinal);
        Assert.Contains("nicht mehr offen", (await lena.PressAsync(approve.Id)).AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_KindInOwnWords_IsShownBackAndHomeTownIsOneTap()
    {
        await using var host = await StartAsync();
        var wiebke = host.Visitor("wiebke");
        await IntroductionFlowTests.InterviewAsync(wiebke, "Wiebke", "Ich mache Siebdruck", "Ich suche Bands", "Verden");

        await wiebke.SayAsync("/share");
        var understood = await wiebke.SayAsync("meine kleine Siebdruckwerkstatt");
        Assert.Contains("Verstanden: Werkstatt.", understood.AllText, StringComparison.Ordinal);

        var again = await wiebke.PressAsync(understood.Button("sp:kind:other").Id);
        await wiebke.PressAsync(again.Button("sp:kind:coworking").Id);
        var town = await wiebke.SayAsync("Atelier am Dom");
        var home = town.Button("sp:town:home");
        Assert.Equal("📍 Verden", home.Label);
        Assert.Contains("Adresse", (await wiebke.PressAsync(home.Id)).AllText, StringComparison.Ordinal);
        Assert.Contains("nicht mehr offen", (await wiebke.PressAsync(home.Id)).AllText, StringComparison.Ordinal);

        await wiebke.PressAsync("sp:skip:-");
        await wiebke.SayAsync("nach Absprache");
        await wiebke.PressAsync("sp:skip:-");
        await wiebke.SayAsync("kostenlos");
        var created = await wiebke.PressAsync("sp:skip:-");
        Assert.Contains("„Atelier am Dom“ in Verden", created.AllText, StringComparison.Ordinal);
        Assert.Contains("Ateliers und Coworking", created.AllText, StringComparison.Ordinal);
    }

    /// <summary>Lena lists her rehearsal room in Lohne through /share; returns its id.</summary>
    internal static async Task<string> ShareRehearsalRoomAsync(ChatApiClient owner)
    {
        var start = await owner.SayAsync("/share");
        await owner.PressAsync(start.Button("sp:kind:rehearsal_room").Id);
        await owner.SayAsync("Proberaum im Kulturbahnhof");
        Assert.Contains("Adresse", (await owner.SayAsync("Lohne")).AllText, StringComparison.Ordinal);
        await owner.SayAsync("Bahnhofstraße 5");
        await owner.SayAsync("Fr 18–23 Uhr, Sa 10–22 Uhr");
        await owner.SayAsync("6");
        await owner.SayAsync("15 € pro Abend");
        var created = await owner.SayAsync("Schlagzeug und Gesangsanlage sind da.");
        Assert.Contains("ist jetzt zu finden", created.AllText, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Match(created.AllText, @"\(ID (?<id>[a-z0-9]{5})\)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["id"].Value;
    }

    public void Dispose() => _folder.Dispose();
}
