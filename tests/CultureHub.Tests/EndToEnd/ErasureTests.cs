using System.Text;
using CultureHub.Core;
using CultureHub.Core.Chat;
using CultureHub.Core.Members;
using CultureHub.Core.Privacy;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;
using CultureHub.TestKit.Hosting;
using CultureHub.TestKit.Storage;

namespace CultureHub.Tests.EndToEnd;

/// <summary>/delete through the web chat, then every file of the data folder read byte for byte.</summary>
public sealed class ErasureTests : IDisposable
{
    private const string Staff = "telegram:4242";
    private static readonly string[] Words = ["Quirinstein", "Zwirbelkehlchen", "Flunkelharfe", "Brimborello", "Wurzelgnom", "Schnabelflöten"];
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("culturehub.db");

    private Task<RunningHost> StartAsync() => RunningHost.StartAsync(DatabasePath, new Dictionary<string, string?> { ["Hubs:0:Staff:0"] = Staff });

    [Fact]
    public async Task Delete_AfterEditsProposalsSignUpsAndForms_LeavesNoByteOfTheMemberInAnyFile()
    {
        string memberId, visitorId;
        await using (var host = await StartAsync())
        {
            var anna = host.Visitor("anna");
            var ben = host.Visitor("ben-klavier");
            await IntroductionFlowTests.InterviewAsync(ben, "Ben", "Ich spiele Klavier, vor allem Jazz", "Ich suche eine Sängerin für Duo-Gigs", "Hildesheim");
            await IntroductionFlowTests.InterviewAsync(anna, "Anna Quirinstein", "Ich bin Sängerin, Jazz und Soul, Zwirbelkehlchen", "Ich suche einen Pianisten für Jazz-Standards", "Hildesheim");
            visitorId = host.IdentityOf(anna).UserId;
            memberId = (await host.Get<IMemberStore>().FindByIdentityAsync(host.IdentityOf(anna), CancellationToken.None))!.Id;
            await EditOffersAsync(anna, "Ich bin Sängerin, Jazz und Soul, Flunkelharfe");
            await EditOffersAsync(anna, "Ich bin Sängerin, Jazz und Soul, Brimborello");
            Assert.Contains("gefunden", (await anna.SayAsync("/match")).AllText, StringComparison.Ordinal);
            var workshops = await CreateWorkshopsAsync(host, memberId, host.IdentityOf(anna).Key);
            Assert.Contains("angemeldet", (await anna.SayAsync($"/signup {workshops.Open.Id}")).AllText, StringComparison.Ordinal);
            await anna.SayAsync("/propose");
            await anna.SayAsync("Schnabelflöten-Abend");
            await anna.SayAsync("/edit");
            await anna.PressAsync("iv:edit:offers");
            await anna.SayAsync("Ich bin Sängerin und singe Wurzelgnom-Lieder");

            var export = await ExportAsync(anna);
            Assert.Contains("Schnabelflöten-Abend", export, StringComparison.Ordinal);
            Assert.Contains("Wurzelgnom", export, StringComparison.Ordinal);
            Assert.Contains(workshops.Hosted.Id, export, StringComparison.Ordinal);
            var before = DataFolderScan.Traces(_folder.Path, Needles(memberId, visitorId));
            foreach (var word in Needles(memberId, visitorId))
            {
                Assert.Contains(before, trace => trace.Contains(word, StringComparison.Ordinal));
            }

            var confirm = await anna.SayAsync("/delete");
            Assert.Contains("gelöscht", (await anna.PressAsync(confirm.Button("delete:confirm").Id)).AllText, StringComparison.Ordinal);

            Assert.Empty(DataFolderScan.Traces(_folder.Path, Needles(memberId, visitorId)));
            var hosted = await host.Get<IWorkshopStore>().GetAsync(workshops.Hosted.Id, CancellationToken.None);
            Assert.Null(hosted!.HostMemberId);
            Assert.Null(hosted.ProposedBy);
            Assert.Empty(await host.Get<IWorkshopStore>().RegistrationsForAsync(workshops.Open.Id, CancellationToken.None));
            var bensInbox = await ben.InboxAsync();
            Assert.DoesNotContain("Quirinstein", bensInbox.AllText, StringComparison.Ordinal);
            Assert.Contains("Ben", (await ben.SayAsync("/profile")).AllText, StringComparison.Ordinal);
        }

        Assert.Empty(DataFolderScan.Traces(_folder.Path, Needles(memberId, visitorId)));
        Assert.NotEmpty(DataFolderScan.Traces(_folder.Path, ["Klavier"]));
        Assert.All(Directory.GetFiles(_folder.Path), file => Assert.DoesNotMatch("backup|temp|tmp", Path.GetFileName(file)));
    }

    [Fact]
    public async Task Delete_HundredTimes_KeepsTheDataFolderAtItsOwnFiles()
    {
        await using var host = await StartAsync();
        var privacy = host.Get<PrivacyService>();
        var members = host.Get<IMemberStore>();
        for (var i = 0; i < 100; i++)
        {
            var member = new Member
            {
                Id = $"m-{i}",
                DisplayName = $"Loop {i}",
                Offers = "Ich mische Bands live",
                Consent = new ConsentRecord("test", DateTimeOffset.UnixEpoch),
                Identities = [new PlatformIdentity(ChatPlatform.Web, $"loop-{i}")],
            };
            await members.UpsertAsync(member, CancellationToken.None);
            await privacy.EraseAsync(member, CancellationToken.None);
        }

        var files = Directory.GetFiles(_folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.InRange(files.Count, 2, 3);
        Assert.Contains("culturehub.db", files);
        Assert.Contains("culturehub.db.lock", files);
        Assert.All(files, file => Assert.Matches(@"^culturehub(\.db|\.db\.lock|-log\.db)$", file!));
        Assert.Equal(0, await members.CountAsync(CancellationToken.None));
    }

    /// <summary>The member's words, their member id and the web identity the server issued them.</summary>
    private static IEnumerable<string> Needles(string memberId, string visitorId) => Words.Append(memberId).Append(visitorId);

    private static async Task EditOffersAsync(ChatApiClient member, string offers)
    {
        await member.SayAsync("/edit");
        await member.PressAsync("iv:edit:offers");
        await member.SayAsync(offers);
        Assert.Contains("aktualisiert", (await member.PressAsync("iv:confirm")).AllText, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<string> ExportAsync(ChatApiClient member)
    {
        var reply = await member.SayAsync("/export");
        return Encoding.UTF8.GetString(Convert.FromBase64String(reply.Replies[0].Attachment!.Base64));
    }

    private static async Task<(Workshop Hosted, Workshop Open)> CreateWorkshopsAsync(RunningHost host, string memberId, string identityKey)
    {
        var admin = host.Get<WorkshopAdminService>();
        var startsAt = DateTimeOffset.UtcNow.AddDays(14);
        var hosted = await admin.CreateAsync(
            new WorkshopRequest("Jazz-Abend", "Wir singen Standards.", "hannover", startsAt, 10, identityKey, memberId), "Anna", CancellationToken.None);
        var open = await admin.CreateAsync(
            new WorkshopRequest("Siebdruck für Bandmerch", "Wir drucken Shirts.", "hannover", startsAt, 10, Staff, null), "Team", CancellationToken.None);
        return (hosted, open);
    }

    public void Dispose() => _folder.Dispose();
}
