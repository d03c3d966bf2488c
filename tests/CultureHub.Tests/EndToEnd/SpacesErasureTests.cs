using System.Text;
using CultureHub.Core.Members;
using CultureHub.Core.Spaces;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CultureHub.Tests.EndToEnd;

/// <summary>
/// /delete of a member who shares a room, has it booked and books someone else's: afterwards no file of
/// the data folder holds a byte of them, and the other sides have been told kindly, without their words.
/// </summary>
public sealed class SpacesErasureTests : IDisposable
{
    private static readonly string[] Words = ["Quirinstein", "Zwirbelweg", "Flunkelharfe", "Brimborello"];
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Delete_OwnerAndRequester_LeavesNoTraceAndTellsTheOthersKindly()
    {
        await using var host = await RunningHost.StartAsync(
            _folder.File("culturehub.db"),
            new Dictionary<string, string?> { ["Introductions:SweepIntervalSeconds"] = "3600" },
            services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock)));
        var anna = host.Visitor("anna");
        var lena = host.Visitor("lena");
        var kalle = host.Visitor("kalle");
        await IntroductionFlowTests.InterviewAsync(lena, "Lena", "Ich spiele Bass", "Ich suche Bands", "Lohne");
        await IntroductionFlowTests.InterviewAsync(kalle, "Kalle", "Wir sind eine Punkband", "Wir suchen Auftritte", "Cloppenburg");
        await IntroductionFlowTests.InterviewAsync(anna, "Anna Quirinstein", "Ich spiele Cello", "Ich suche ein Streichquartett", "Vechta");
        var lenasRoom = await SpacesFlowTests.ShareRehearsalRoomAsync(lena);
        var annasRoom = await ShareAsync(anna);
        var visitorId = host.IdentityOf(anna).UserId;
        var memberId = (await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(anna), CancellationToken.None))!.Id;

        Assert.Contains("unterwegs", (await kalle.SayAsync($"/book {annasRoom} Fr 19-22 Uhr")).AllText, StringComparison.Ordinal);
        await anna.PressAsync((await anna.InboxAsync()).Button("sp:approve:").Id);
        Assert.Contains("unterwegs", (await anna.SayAsync($"/book {lenasRoom} Sa 14-18 Uhr")).AllText, StringComparison.Ordinal);
        await anna.PressAsync((await anna.SayAsync("/share")).Button("sp:kind:rehearsal_room").Id);
        await anna.SayAsync("Brimborello-Saal");
        Assert.NotEmpty(DataFolderScan.Traces(_folder.Path, ["Brimborello", "Zwirbelweg", visitorId]));

        var confirm = await anna.SayAsync("/delete");
        Assert.Contains("gelöscht", (await anna.PressAsync(confirm.Button("delete:confirm").Id)).AllText, StringComparison.Ordinal);

        Assert.Empty(DataFolderScan.Traces(_folder.Path, Words.Append(memberId).Append(visitorId)));
        Assert.Empty(await host.Get<ISpaceStore>().BookingsOfMemberAsync(memberId, CancellationToken.None));
        Assert.Null(await host.Get<ISpaceStore>().GetListingAsync(annasRoom, CancellationToken.None));
        var kallesInbox = await kalle.InboxAsync();
        Assert.Contains("Proberaum in Lohne", kallesInbox.AllText, StringComparison.Ordinal);
        Assert.Contains("Daten bei CultureHub gelöscht", kallesInbox.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Zwirbelweg", kallesInbox.AllText, StringComparison.Ordinal);
        var cancellation = Encoding.UTF8.GetString(Convert.FromBase64String(kallesInbox.Replies.Single(r => r.Attachment is not null).Attachment!.Base64));
        Assert.Contains("STATUS:CANCELLED", cancellation, StringComparison.Ordinal);
        Assert.DoesNotContain("Quirinstein", cancellation, StringComparison.Ordinal);
        var lenasInbox = await lena.InboxAsync();
        Assert.Contains("von der buchenden Person storniert", lenasInbox.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna", lenasInbox.AllText, StringComparison.Ordinal);
        Assert.Contains("Proberaum im Kulturbahnhof", (await kalle.SayAsync("/find Proberaum bei Cloppenburg")).AllText, StringComparison.Ordinal);
    }

    /// <summary>Anna's room: every field that is hers carries a word the scan looks for afterwards.</summary>
    private static async Task<string> ShareAsync(ChatApiClient owner)
    {
        await owner.PressAsync((await owner.SayAsync("/share")).Button("sp:kind:rehearsal_room").Id);
        await owner.SayAsync("Quirinstein-Proberaum");
        await owner.SayAsync("Lohne");
        await owner.SayAsync("Zwirbelweg 7");
        await owner.SayAsync("Fr 18–23 Uhr");
        await owner.SayAsync("4");
        await owner.SayAsync("kostenlos");
        var created = await owner.SayAsync("Eine Flunkelharfe steht bereit.");
        Assert.Contains("ist jetzt zu finden", created.AllText, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Match(created.AllText, @"\(ID (?<id>[a-z0-9]{5})\)", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)).Groups["id"].Value;
    }

    public void Dispose() => _folder.Dispose();
}
