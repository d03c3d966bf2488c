using CultureHub.Core.Workshops;
using CultureHub.TestKit;

namespace CultureHub.Core.Tests.Workshops;

public sealed class WorkshopServiceTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();
    private WorkshopHarness _harness = null!;

    public Task InitializeAsync()
    {
        _harness = WorkshopHarness.Create(_folder.File("ws.db"));
        return Task.CompletedTask;
    }

    private WorkshopService Service => _harness.Get<WorkshopService>();

    [Fact]
    public async Task SignUpAsync_PlacesLeft_ReturnsSignedUp()
    {
        var workshop = await _harness.PublishedAsync(capacity: 2);
        var anna = await _harness.MemberAsync("anna");

        var outcome = await Service.SignUpAsync(workshop.Id.ToUpperInvariant(), anna, CancellationToken.None);

        Assert.Equal(SignUpResult.SignedUp, outcome.Result);
    }

    [Fact]
    public async Task SignUpAsync_WorkshopFull_ReturnsWaitlisted()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("anna"), CancellationToken.None);

        var ben = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);
        var cem = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("cem"), CancellationToken.None);

        Assert.Equal(SignUpResult.Waitlisted, ben.Result);
        Assert.Equal(1, ben.WaitlistPosition);
        Assert.Equal(SignUpResult.Waitlisted, cem.Result);
        Assert.Equal(2, cem.WaitlistPosition);
    }

    [Fact]
    public async Task SignUpAsync_FiftyInParallelForTenPlaces_NeverOverbooks()
    {
        var workshop = await _harness.PublishedAsync(capacity: 10);
        var members = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _harness.MemberAsync($"p{i}")));

        var outcomes = await Task.WhenAll(members.Select(m => Task.Run(() => Service.SignUpAsync(workshop.Id, m, CancellationToken.None))));

        Assert.Equal(10, outcomes.Count(o => o.Result == SignUpResult.SignedUp));
        Assert.Equal(40, outcomes.Count(o => o.Result == SignUpResult.Waitlisted));
        Assert.Equal(Enumerable.Range(1, 40), outcomes.Where(o => o.Result == SignUpResult.Waitlisted).Select(o => o.WaitlistPosition).Order());
        var stored = await _harness.Get<IWorkshopStore>().RegistrationsForAsync(workshop.Id, CancellationToken.None);
        Assert.Equal(10, stored.Count(r => r.Status == RegistrationStatus.Confirmed));
    }

    [Fact]
    public async Task SignUpAsync_Twice_ReturnsAlreadySignedUp()
    {
        var workshop = await _harness.PublishedAsync(capacity: 5);
        var anna = await _harness.MemberAsync("anna");
        await Service.SignUpAsync(workshop.Id, anna, CancellationToken.None);

        var again = await Service.SignUpAsync(workshop.Id, anna, CancellationToken.None);

        Assert.Equal(SignUpResult.AlreadySignedUp, again.Result);
    }

    [Fact]
    public async Task SignUpAsync_UnknownId_ReturnsNotFound()
    {
        var outcome = await Service.SignUpAsync("zzzzz", await _harness.MemberAsync("anna"), CancellationToken.None);

        Assert.Equal(SignUpResult.NotFound, outcome.Result);
    }

    [Fact]
    public async Task SignUpAsync_AfterStart_ReturnsStarted()
    {
        var workshop = await _harness.PublishedAsync(capacity: 5, WorkshopHarness.Now.AddHours(1));
        _harness.Clock.Advance(TimeSpan.FromHours(2));

        var outcome = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("anna"), CancellationToken.None);

        Assert.Equal(SignUpResult.Started, outcome.Result);
    }

    [Fact]
    public async Task SignUpAsync_InsideClosingWindow_ReturnsClosed()
    {
        var workshop = await _harness.PublishedAsync(capacity: 5, WorkshopHarness.Now.AddHours(3));
        var early = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("anna"), CancellationToken.None);
        _harness.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));

        var late = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);

        Assert.Equal(SignUpResult.SignedUp, early.Result);
        Assert.Equal(SignUpResult.Closed, late.Result);
    }

    [Fact]
    public async Task CancelAsync_Confirmed_PromotesFirstOnWaitlistAndTellsThem()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);
        var anna = await _harness.MemberAsync("anna");
        await Service.SignUpAsync(workshop.Id, anna, CancellationToken.None);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("cem"), CancellationToken.None);

        var outcome = await Service.CancelAsync(workshop.Id, anna.Id, CancellationToken.None);

        Assert.Equal(CancelResult.Cancelled, outcome.Result);
        Assert.Equal("m-ben", outcome.PromotedMemberId);
        var benInbox = await _harness.InboxAsync("ben");
        Assert.Contains("Platz ist frei", WorkshopHarness.Text(benInbox), StringComparison.Ordinal);
        Assert.NotNull(benInbox[0].Attachment);
        Assert.Empty(await _harness.InboxAsync("cem"));
        var registrations = await _harness.Get<IWorkshopStore>().RegistrationsForAsync(workshop.Id, CancellationToken.None);
        Assert.Equal(RegistrationStatus.Waitlisted, registrations.Single(r => r.MemberId == "m-cem").Status);
        Assert.Equal(1, WorkshopService.WaitlistPosition(registrations, registrations.Single(r => r.MemberId == "m-cem")));
    }

    [Fact]
    public async Task CancelAsync_NotSignedUp_ReturnsNotSignedUp()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);

        var outcome = await Service.CancelAsync(workshop.Id, (await _harness.MemberAsync("anna")).Id, CancellationToken.None);

        Assert.Equal(CancelResult.NotSignedUp, outcome.Result);
    }

    [Fact]
    public async Task CancelWorkshopAsync_ByStaff_TellsEveryoneSignedUpAndWaitlisted()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("anna"), CancellationToken.None);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);
        var admin = _harness.Get<WorkshopAdminService>();

        var stranger = await admin.CancelWorkshopAsync(workshop.Id, "web:someone", CancellationToken.None);
        var (result, cancelled) = await admin.CancelWorkshopAsync(workshop.Id, WorkshopHarness.Staff, CancellationToken.None);

        Assert.Equal(StaffResult.NotStaff, stranger.Result);
        Assert.Equal(StaffResult.Done, result);
        Assert.Equal(WorkshopState.Cancelled, cancelled!.State);
        Assert.Contains("abgesagt", WorkshopHarness.Text(await _harness.InboxAsync("anna")), StringComparison.Ordinal);
        Assert.Contains("abgesagt", WorkshopHarness.Text(await _harness.InboxAsync("ben")), StringComparison.Ordinal);
        var late = await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("cem"), CancellationToken.None);
        Assert.Equal(SignUpResult.NotOpen, late.Result);
    }

    [Fact]
    public async Task EditAsync_MoreCapacity_PromotesFromWaitlist()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("anna"), CancellationToken.None);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);

        var (result, edited) = await _harness.Get<WorkshopAdminService>().EditAsync(workshop.Id, WorkshopHarness.Staff, new WorkshopEdit(Capacity: 2), CancellationToken.None);

        Assert.Equal(StaffResult.Done, result);
        Assert.Equal(2, edited!.Capacity);
        Assert.Contains("Platz ist frei", WorkshopHarness.Text(await _harness.InboxAsync("ben")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EraseAsync_SignedUpMember_PromotesWaitlistAndRemovesRegistrations()
    {
        var workshop = await _harness.PublishedAsync(capacity: 1);
        var anna = await _harness.MemberAsync("anna");
        await Service.SignUpAsync(workshop.Id, anna, CancellationToken.None);
        await Service.SignUpAsync(workshop.Id, await _harness.MemberAsync("ben"), CancellationToken.None);

        await _harness.Get<CultureHub.Core.Privacy.PrivacyService>().EraseAsync(anna, CancellationToken.None);

        var store = _harness.Get<IWorkshopStore>();
        Assert.Empty(await store.RegistrationsOfAsync(anna.Id, CancellationToken.None));
        Assert.Equal(RegistrationStatus.Confirmed, (await store.GetRegistrationAsync(workshop.Id, "m-ben", CancellationToken.None))!.Status);
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    public void Dispose() => _folder.Dispose();
}
