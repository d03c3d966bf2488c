using CultureHub.Core.Chat;
using CultureHub.Core.Conversation;
using CultureHub.Core.Members;
using CultureHub.Core.Places;
using CultureHub.Core.Workshops;
using CultureHub.TestKit;

namespace CultureHub.Core.Tests.Workshops;

public sealed class ProposalTests : IDisposable
{
    private static readonly ChatSender Anna = new(new PlatformIdentity(ChatPlatform.Web, "anna"));
    private static readonly ChatSender StaffSender = new(WorkshopHarness.StaffIdentity);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Propose_FormSurvivesRestart_StaffApprove_PublishesAndTellsProposer()
    {
        await using (var harness = WorkshopHarness.Create(_folder.File("p.db")))
        {
            await harness.MemberAsync("anna", "Anna");
            await SayAsync(harness, new CommandInput(Anna, "propose", string.Empty));
            await SayAsync(harness, new TextInput(Anna, "Songwriting-Abend"));
        }

        await using (var harness = WorkshopHarness.Create(_folder.File("p.db")))
        {
            var hubQuestion = await SayAsync(harness, new TextInput(Anna, "Wir schreiben gemeinsam Songs."));
            Assert.Contains(hubQuestion.SelectMany(r => r.Buttons), b => b.Id == "ws:hub:hannover");
            await SayAsync(harness, new ButtonInput(Anna, "ws:hub:hannover"));
            var past = await SayAsync(harness, new TextInput(Anna, "01.01.2020 18:00"));
            Assert.Contains("Vergangenheit", WorkshopHarness.Text(past), StringComparison.Ordinal);
            Assert.Contains("nicht lesen", WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "irgendwann"))), StringComparison.Ordinal);
            await SayAsync(harness, new TextInput(Anna, "12.10.2026 18:00"));
            var done = await SayAsync(harness, new TextInput(Anna, "8"));
            Assert.Contains("beim Team", WorkshopHarness.Text(done), StringComparison.Ordinal);

            var proposal = Assert.Single(harness.StaffInbox());
            var approve = Assert.Single(proposal.Buttons, b => b.Id.StartsWith("ws:approve:", StringComparison.Ordinal));
            var workshopId = approve.Id["ws:approve:".Length..];
            Assert.Equal(WorkshopState.Proposed, (await harness.Get<IWorkshopStore>().GetAsync(workshopId, CancellationToken.None))!.State);
            Assert.Contains("nur die Teams", WorkshopHarness.Text(await SayAsync(harness, new ButtonInput(Anna, approve.Id))), StringComparison.Ordinal);

            await SayAsync(harness, new ButtonInput(StaffSender, approve.Id));

            var workshop = (await harness.Get<IWorkshopStore>().GetAsync(workshopId, CancellationToken.None))!;
            Assert.Equal(WorkshopState.Published, workshop.State);
            Assert.Equal(8, workshop.Capacity);
            Assert.Equal(new DateTimeOffset(2026, 10, 12, 16, 0, 0, TimeSpan.Zero), workshop.StartsAt);
            Assert.Equal("m-anna", workshop.HostMemberId);
            Assert.Contains("freigegeben", WorkshopHarness.Text(await harness.InboxAsync("anna")), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Propose_MemberNearOsnabrueck_SeesNearestHubFirst()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("near.db"));
        var anna = await harness.MemberAsync("anna", "Anna");
        var bramsche = new Place("Bramsche", new GeoPoint(52.4089, 7.9727), "Weser-Ems", 31000, IsInNiedersachsen: true);
        await harness.Get<IMemberStore>().UpsertAsync(anna with { Town = new MemberTown("Bramsche", bramsche) }, CancellationToken.None);

        await SayAsync(harness, new CommandInput(Anna, "propose", string.Empty));
        await SayAsync(harness, new TextInput(Anna, "Siebdruck-Nachmittag"));
        var hubQuestion = await SayAsync(harness, new TextInput(Anna, "Wir drucken Plakate."));

        var hubs = hubQuestion.SelectMany(r => r.Buttons).Select(b => b.Id).ToList();
        Assert.Equal(["ws:hub:osnabrueck", "ws:hub:oldenburg", "ws:hub:hannover", "ws:hub:hildesheim"], hubs);
    }

    [Fact]
    public async Task Propose_DateShownBack_TypingAnotherReplacesIt_CountInWords()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("when.db"));
        await harness.MemberAsync("anna", "Anna");
        await SayAsync(harness, new CommandInput(Anna, "propose", string.Empty));
        await SayAsync(harness, new TextInput(Anna, "Linolschnitt für alle"));
        await SayAsync(harness, new TextInput(Anna, "Wir schneiden und drucken Karten."));
        await SayAsync(harness, new ButtonInput(Anna, "ws:hub:hildesheim"));

        Assert.Contains("An welchem Tag?", WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "15 Uhr"))), StringComparison.Ordinal);
        var first = WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "Sa 10.10. 15 Uhr")));
        var second = WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "17.10. 18 Uhr")));
        Assert.Contains("Zahl", WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "10 bis 15"))), StringComparison.Ordinal);
        var done = WorkshopHarness.Text(await SayAsync(harness, new TextInput(Anna, "zwölf Plätze")));

        Assert.Contains("Verstanden: Sa 10.10.2026, 15:00", first, StringComparison.Ordinal);
        Assert.Contains("Verstanden: Sa 17.10.2026, 18:00", second, StringComparison.Ordinal);
        Assert.Contains("17.10.2026, 18:00", done, StringComparison.Ordinal);
        Assert.Contains("12 Plätze", done, StringComparison.Ordinal);
        var workshop = Assert.Single(await harness.Get<IWorkshopStore>().InStateAsync(WorkshopState.Proposed, CancellationToken.None));
        Assert.Equal(12, workshop.Capacity);
        Assert.Equal(new DateTimeOffset(2026, 10, 17, 16, 0, 0, TimeSpan.Zero), workshop.StartsAt);
    }

    [Fact]
    public async Task DecideAsync_Decline_TellsProposerAndKeepsItUnlisted()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("d.db"));
        await harness.MemberAsync("anna", "Anna");
        var admin = harness.Get<WorkshopAdminService>();
        var workshop = await admin.CreateAsync(
            new WorkshopRequest("Collage", "Papier und Kleber", "hannover", WorkshopHarness.Now.AddDays(3), 6, "web:anna", "m-anna"), "Anna", CancellationToken.None);

        var (result, declined) = await admin.DecideAsync(workshop.Id, WorkshopHarness.Staff, isApproved: false, CancellationToken.None);
        var again = await admin.DecideAsync(workshop.Id, WorkshopHarness.Staff, isApproved: true, CancellationToken.None);

        Assert.Equal(StaffResult.Done, result);
        Assert.Equal(WorkshopState.Declined, declined!.State);
        Assert.Equal(StaffResult.NotPossible, again.Result);
        Assert.Contains("nicht angenommen", WorkshopHarness.Text(await harness.InboxAsync("anna")), StringComparison.Ordinal);
        var signUp = await harness.Get<WorkshopService>().SignUpAsync(workshop.Id, await harness.MemberAsync("ben"), CancellationToken.None);
        Assert.Equal(SignUpResult.NotOpen, signUp.Result);
    }

    [Fact]
    public async Task CreateAsync_StaffWithEnglishProfile_GetsProposalInEnglish()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("en.db"));
        var staff = await harness.MemberAsync(WorkshopHarness.StaffIdentity, "Sam");
        await harness.Get<IMemberStore>().UpsertAsync(staff with { Language = Language.En }, CancellationToken.None);

        await ProposeCollageAsync(harness);

        var proposal = Assert.Single(harness.StaffInbox());
        Assert.StartsWith("💡 Anna proposes a workshop", proposal.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Approve", "❌ Decline"], proposal.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task CreateAsync_StaffWithoutProfile_GetsProposalInGerman()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("de.db"));

        await ProposeCollageAsync(harness);

        var proposal = Assert.Single(harness.StaffInbox());
        Assert.StartsWith("💡 Anna schlägt einen Workshop vor", proposal.Text, StringComparison.Ordinal);
        Assert.Equal(["✅ Freigeben", "❌ Ablehnen"], proposal.Buttons.Select(b => b.Label));
    }

    [Fact]
    public async Task NewWorkshop_ByStaff_PublishesAtOnce()
    {
        await using var harness = WorkshopHarness.Create(_folder.File("s.db"));
        Assert.Contains("nur die Teams", WorkshopHarness.Text(await SayAsync(harness, new CommandInput(Anna, "newworkshop", string.Empty))), StringComparison.Ordinal);

        await SayAsync(harness, new CommandInput(StaffSender, "newworkshop", string.Empty));
        await SayAsync(harness, new TextInput(StaffSender, "Mixing-Sprechstunde"));
        var hubs = await SayAsync(harness, new TextInput(StaffSender, "Bringt eure Stems mit."));
        Assert.Equal(["ws:hub:hannover"], hubs.SelectMany(r => r.Buttons).Select(b => b.Id));
        await SayAsync(harness, new TextInput(StaffSender, "hanover"));
        await SayAsync(harness, new TextInput(StaffSender, "2026-10-20 19:00"));
        var done = await SayAsync(harness, new TextInput(StaffSender, "10"));

        Assert.Contains("Veröffentlicht", WorkshopHarness.Text(done), StringComparison.Ordinal);
        var workshop = Assert.Single(await harness.Get<IWorkshopStore>().InStateAsync(WorkshopState.Published, CancellationToken.None));
        Assert.Contains(workshop.CheckInCode, WorkshopHarness.Text(done), StringComparison.Ordinal);
    }

    private static Task<Workshop> ProposeCollageAsync(WorkshopHarness harness) =>
        harness.Get<WorkshopAdminService>().CreateAsync(
            new WorkshopRequest("Collage", "Papier und Kleber", "hannover", WorkshopHarness.Now.AddDays(3), 6, "web:anna", null), "Anna", CancellationToken.None);

    private static Task<IReadOnlyList<ChatReply>> SayAsync(WorkshopHarness harness, ChatInput input) =>
        harness.Get<ChatRouter>().HandleAsync(input, CancellationToken.None);

    public void Dispose() => _folder.Dispose();
}
