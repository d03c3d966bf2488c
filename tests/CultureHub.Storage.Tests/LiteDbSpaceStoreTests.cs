using CultureHub.Core.Places;
using CultureHub.Core.Spaces;
using CultureHub.TestKit;
using Microsoft.Extensions.Options;

namespace CultureHub.Storage.Tests;

public sealed class LiteDbSpaceStoreTests : IDisposable
{
    private static readonly DateTimeOffset Friday19 = new(2026, 10, 2, 17, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _folder = new();

    private LiteDbContext Open() => new(Options.Create(new StorageOptions { DatabasePath = _folder.File("spaces.db") }));

    private static Listing Room(string id, string kind = "rehearsal_room", ListingState state = ListingState.Active) => new()
    {
        Id = id,
        Kind = kind,
        Title = "Proberaum",
        Town = new Place("Lohne (Oldenburg)", new GeoPoint(52.67, 8.24), "Weser-Ems", 27000, true) { District = "Landkreis Vechta" },
        CreatedBy = "web:lena",
        State = state,
        Availability = new Availability([new WeeklyWindow(DayOfWeek.Friday, 18 * 60, 23 * 60)]),
    };

    private static Booking Request(string id, string member, DateTimeOffset start, double hours = 3) => new()
    {
        Id = id,
        ListingId = "room1",
        MemberId = member,
        StartsAt = start,
        EndsAt = start.AddHours(hours),
    };

    [Fact]
    public async Task TryApproveAsync_TwentyOverlappingRequestsApprovedInParallel_ApprovesExactlyOne()
    {
        using var context = Open();
        var store = new LiteDbSpaceStore(context);
        await store.SaveListingAsync(Room("room1"), CancellationToken.None);
        var ids = Enumerable.Range(0, 20).Select(i => $"b{i}").ToList();
        foreach (var (id, i) in ids.Select((id, i) => (id, i)))
        {
            await store.SaveBookingAsync(Request(id, $"m{i}", Friday19.AddMinutes(i * 5)), CancellationToken.None);
        }

        var results = await Task.WhenAll(ids.Select(id => Task.Run(() => store.TryApproveAsync(id, "web:lena", Friday19, CancellationToken.None))));

        Assert.Equal(1, results.Count(r => r.Result == ApprovalResult.Approved));
        Assert.Equal(19, results.Count(r => r.Result == ApprovalResult.Overlaps));
        var approved = (await store.BookingsForListingAsync("room1", CancellationToken.None)).Where(b => b.State == BookingState.Approved).ToList();
        Assert.Single(approved);
    }

    [Fact]
    public async Task TryApproveAsync_DoubleClickInParallel_ApprovesOnceAndReportsTheSecond()
    {
        using var context = Open();
        var store = new LiteDbSpaceStore(context);
        await store.SaveBookingAsync(Request("b1", "m1", Friday19), CancellationToken.None);

        var results = await Task.WhenAll(Task.Run(() => store.TryApproveAsync("b1", "web:lena", Friday19, CancellationToken.None)), Task.Run(() => store.TryApproveAsync("b1", "web:lena", Friday19, CancellationToken.None)));

        Assert.Equal([ApprovalResult.Approved, ApprovalResult.AlreadyApproved], results.Select(r => r.Result).Order());
    }

    [Fact]
    public async Task TryApproveAsync_AdjacentSpans_BothApproved()
    {
        using var context = Open();
        var store = new LiteDbSpaceStore(context);
        await store.SaveBookingAsync(Request("b1", "m1", Friday19, hours: 2), CancellationToken.None);
        await store.SaveBookingAsync(Request("b2", "m2", Friday19.AddHours(2), hours: 2), CancellationToken.None);

        Assert.Equal(ApprovalResult.Approved, (await store.TryApproveAsync("b1", "x", Friday19, CancellationToken.None)).Result);
        Assert.Equal(ApprovalResult.Approved, (await store.TryApproveAsync("b2", "x", Friday19, CancellationToken.None)).Result);
    }

    [Fact]
    public async Task ActiveListingsAsync_ByKind_ReturnsOnlyActiveListingsOfThoseKinds()
    {
        using var context = Open();
        var store = new LiteDbSpaceStore(context);
        await store.SaveListingAsync(Room("a"), CancellationToken.None);
        await store.SaveListingAsync(Room("b", "pa_system"), CancellationToken.None);
        await store.SaveListingAsync(Room("c", state: ListingState.Paused), CancellationToken.None);
        await store.SaveListingAsync(Room("d") with { State = ListingState.Removed }, CancellationToken.None);

        var found = await store.ActiveListingsAsync(["rehearsal_room"], CancellationToken.None);

        Assert.Equal(["a"], found.Select(l => l.Id));
        Assert.Equal(DayOfWeek.Friday, Assert.Single(found[0].Availability.Windows).Day);
        Assert.Equal("Landkreis Vechta", found[0].Town.District);
        Assert.Equal(2, (await store.ActiveListingsAsync(null, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task ForgetIdentityAsync_StaffErased_HubListingAndDecisionsStayWithoutTheirIdentity()
    {
        using var context = Open();
        var store = new LiteDbSpaceStore(context);
        await store.SaveListingAsync(Room("room1") with { HubId = "oldenburg", CreatedBy = "telegram:4242" }, CancellationToken.None);
        await store.SaveListingAsync(Room("room2"), CancellationToken.None);
        await store.SaveBookingAsync(Request("b1", "m1", Friday19), CancellationToken.None);
        await store.TryApproveAsync("b1", "telegram:4242", Friday19, CancellationToken.None);

        await store.ForgetIdentityAsync("telegram:4242", CancellationToken.None);

        Assert.Equal(string.Empty, (await store.GetListingAsync("room1", CancellationToken.None))!.CreatedBy);
        Assert.Equal("web:lena", (await store.GetListingAsync("room2", CancellationToken.None))!.CreatedBy);
        var booking = await store.GetBookingAsync("b1", CancellationToken.None);
        Assert.Null(booking!.DecidedBy);
        Assert.Equal(BookingState.Approved, booking.State);
    }

    public void Dispose() => _folder.Dispose();
}
